# Machine draft (unreviewed, as every message of this locale): the discreet edition's wording.
# See locales/en/discreet.ftl for what each message is for.

discreet-title = លេខទូរស័ព្ទដែលមានប្រយោជន៍
discreet-note = សូមបើកទំព័របន្ទាប់ ដើម្បីអានបន្ថែម។
discreet-contact = ខ្សែជំនួយ

# Not shown: words a discreet title, file name or first page must not contain, one per line.
discreet-words =
    ជួញដូរ
    កេងប្រវ័ញ្ច
    រំលោភ
    ជនរងគ្រោះ
    រងគ្រោះ
