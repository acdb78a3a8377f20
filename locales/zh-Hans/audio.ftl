# Words beside the recordings on the HTML pages (recordings/<locale>/, see README).
# Machine-drafted with the other messages of this locale; unreviewed until a native speaker checks it.

# The accessible name of each audio player.
audio-listen = 收听
# Beside each recording made by a speech synthesizer (infosheet speak), and in every page's footer.
audio-synthetic = 电脑语音，不是真人
# With the other notices at the top of a page that plays computer-voice recordings.
audio-synthetic-notice = 这些录音由电脑朗读，不是真人。
