# Words beside the recordings on the HTML pages (recordings/<locale>/, see README).
# Dari (fa-AF): drafted from the Persian (fa) with Afghan vocabulary, with the other messages of this locale; unreviewed until a native speaker checks it.

# The accessible name of each audio player.
audio-listen = گوش کنید
# Beside each recording made by a speech synthesizer (infosheet speak), and in every page's footer.
audio-synthetic = صدای کمپیوتر، نه انسان
# With the other notices at the top of a page that plays computer-voice recordings.
audio-synthetic-notice = این صداها را کمپیوتر می‌خواند، نه انسان.
