# Words beside the recordings on the HTML pages (recordings/<locale>/, see README).

# The accessible name of each audio player.
audio-listen = Listen
# Beside each recording made by a speech synthesizer (infosheet speak), and in every page's footer.
audio-synthetic = computer voice, not a person
# With the other notices at the top of a page that plays computer-voice recordings.
audio-synthetic-notice = A computer speaks these recordings, not a person.
