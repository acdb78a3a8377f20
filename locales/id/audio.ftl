# Words beside the recordings on the HTML pages (recordings/<locale>/, see README).
# Machine-drafted with the other messages of this locale; unreviewed until a native speaker checks it.

# The accessible name of each audio player.
audio-listen = Dengarkan
# Beside each recording made by a speech synthesizer (infosheet speak), and in every page's footer.
audio-synthetic = suara komputer, bukan manusia
# With the other notices at the top of a page that plays computer-voice recordings.
audio-synthetic-notice = Komputer membacakan rekaman ini, bukan manusia.
