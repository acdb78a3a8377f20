# The discreet edition (`infosheet build --discreet`, or `discreet = true` in a region), for a
# reader whose phone or bag may be searched. Its title, file name and first page must not say
# what the help is for: no word of `discreet-words` below may appear in them.

# The title of every discreet sheet, in its PDF's metadata and its web page's title too.
discreet-title = Useful phone numbers
# The line that ends the first page; the next pages say what the help is for.
discreet-note = Turn the page to read more.
# The name shown for a contact whose own name says what it is for.
discreet-contact = Help line

# Not shown: the words a discreet title, file name or first page must not contain, one per line.
# Each is matched anywhere in a text without regard to case, so a word start (`traffick`)
# catches every form of it. List every form your language uses for trafficking, exploitation,
# abuse and victims.
discreet-words =
    traffick
    exploit
    abuse
    abusing
    abusive
    victim

# The catalogue's title in a build with discreet editions (only the reference locale needs it).
catalogue-discreet-title = Information sheets
