# The catalogue's label for an edition's bilingual edition (each block with the staff
# language's text under it); the staff language's name follows it.
catalogue-bilingual = With the staff language,
