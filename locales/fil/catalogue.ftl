### The catalogue: the age choice for a person whose age is not known, and the page-1 thumbnails.
### Machine-drafted; needs review by a native speaker.

catalogue-age-unknown = Hindi tiyak ang edad: maaaring bata
catalogue-age-unknown-note = Hangga't hindi alam ang edad, ang taong maaaring bata ay itinuturing na bata: ito ang mga papel para sa kabataang 13 hanggang 17 taong gulang.
catalogue-thumbnail = Pahina 1 ng nakalimbag na papel
