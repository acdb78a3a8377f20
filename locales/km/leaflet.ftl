### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = ទូរស័ព្ទសុំជំនួយ
call-heading--child-5-8 = អ្នកអាចទូរស័ព្ទបាន
call-free = ទូរស័ព្ទដោយឥតគិតថ្លៃ
call-anonymous = មិនចាំបាច់ប្រាប់ឈ្មោះទេ

## Page footer

footer-call = ជំនួយ

## Short marks, on every page

mark-draft-short = ការបកប្រែព្រាង មិនទាន់ត្រួតពិនិត្យ
mark-sample-short = ទំនាក់ទំនងគំរូ មិនមែនសេវាពិតទេ
