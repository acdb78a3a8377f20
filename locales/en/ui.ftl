### Interface words, notices, pictogram descriptions, legal instruments, tiers and regions.

ui-phone = Phone
ui-hotline = Hotline
ui-hours = Open
ui-languages = Languages spoken
ui-address = Address
ui-email = Email
ui-website = Website
ui-services = Services
ui-legal-basis = Where this right is written
ui-last-verified = Checked on
ui-provided-by = Provided by
ui-where = Where
ui-sample-contact = SAMPLE — not a real service
ui-sample-notice = SAMPLE CONTACTS: the services and phone numbers on this sheet are examples, not real services. Do not call them.
ui-draft-notice = Draft translation — not yet reviewed.
ui-contacts-count = { $count ->
    [one] One service can help you.
   *[other] { $count } services can help you.
}
ui-made-with = Made with
ui-page-label = Page

hours-every-day = Every day, 24 hours
hours-always = Every day, 24 hours
hours-mon-fri = Monday to Friday, { $from }–{ $to }
hours-mon-sat = Monday to Saturday, { $from }–{ $to }

condition-free = Free
condition-voluntary = Voluntary
condition-confidential = Confidential
condition-unconditional = No need to talk to the police

ui-complaints = Complaints about helpers
ui-for-whom = For

## Who a service is for (printed when it does not take everyone)

target-adult = adults (18 and over)
target-child = children under 18
target-female = women and girls
target-male = men and boys
target-non-binary = non-binary people
target-labour = people forced to work
target-sexual = people sexually exploited
target-domestic-servitude = people forced to work in homes
target-forced-marriage = people forced to marry
target-forced-criminality = people forced to commit crimes
target-begging = people forced to beg

## Pictogram descriptions (alt text)

picto-shield = A shield
picto-lock = A padlock
picto-scale = Scales of justice
picto-message = A speech bubble
picto-cash = Banknotes
picto-clock = A clock
picto-heart-handshake = A heart held by two hands
picto-user-shield = A person with a shield
picto-friends = An adult and a child together
picto-ear = An ear, listening
picto-hand-stop = A raised hand meaning stop
picto-home = A house
picto-stethoscope = A doctor's stethoscope
picto-heart = A heart
picto-language = Two writing systems side by side
picto-id = An identity card
picto-plane = An aeroplane landing
picto-phone = A telephone
picto-writing = A hand writing
picto-alert = A warning triangle

## Legal instruments, as cited under each right

instrument-un-protocol = UN Trafficking Protocol (2000), art.
instrument-actip = ASEAN Convention against Trafficking in Persons (ACTIP, 2015), art.
instrument-ohchr-guidelines = UN OHCHR Recommended Principles and Guidelines (2002), Guideline
instrument-unicef-guidelines = UNICEF Guidelines on the Protection of Child Victims of Trafficking (2006), Guideline
instrument-uncrc = UN Convention on the Rights of the Child (1989), art.
instrument-coe-convention = Council of Europe Convention on Action against Trafficking (2005), art.
instrument-eu-directive = EU Directive 2011/36/EU, art.
instrument-acwc-guidelines = ACWC Regional Guidelines and Procedures for Victims of Trafficking,

## Age tiers, as the catalogue names them

tier-child-5-8 = Children aged 5 to 8
tier-child-9-12 = Children aged 9 to 12
tier-teen-13-17 = Young people aged 13 to 17
tier-adult = Adults

## Regions

region-sample-destination = Sample destination country (sample contacts)

## Catalogue page

catalogue-title = Information sheets: your rights and the help you can get
catalogue-intro = Every sheet, in every language and for every age. Choose the language and age of the person you are helping; if their age is not known and they may be under 18, choose a child's sheet. Each sheet is a PDF to print and a web page to share.
catalogue-draft = Draft translation — not yet reviewed by a native speaker.
catalogue-pdf = PDF to print
catalogue-html = Web page
region-sample-origin = Sample origin country (sample contacts)
region-sample-border = Sample border area (sample contacts)
