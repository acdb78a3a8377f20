# Words beside the recordings on the HTML pages (recordings/<locale>/, see README).
# Machine-drafted with the other messages of this locale; unreviewed until a native speaker checks it.

# The accessible name of each audio player.
audio-listen = နားထောင်ရန်
# Beside each recording made by a speech synthesizer (infosheet speak), and in every page's footer.
audio-synthetic = ကွန်ပျူတာအသံ၊ လူမဟုတ်ပါ
# With the other notices at the top of a page that plays computer-voice recordings.
audio-synthetic-notice = ကွန်ပျူတာက ဖတ်ထားပါသည်၊ လူမဟုတ်ပါ။
