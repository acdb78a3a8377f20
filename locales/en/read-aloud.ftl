### Read-aloud script (content/sheets/read-aloud.toml): what staff or an interpreter says when
### handing over "Your rights and the help you can get", part by part in the sheet's order.
### "Say" and "Ask" lines are spoken to the person: short sentences, the tier's own register
### (`--child-5-8` very short and warm; `--child` for 9-17). "Do" lines and pauses are for staff.

ra-title = Read-aloud script: your rights and help
ra-subtitle = For staff and interpreters: what to say when you hand over the sheet. Read one part at a time.
ra-subtitle--child-5-8 = For helpers of children aged 5 to 8. Read one part at a time.
ra-subtitle--child = For helpers of children and young people. Read one part at a time.
ra-footer-note = Script for staff and interpreters: read it aloud.

## Cues printed before each line

script-say = Say:
script-ask = Ask:
script-pause = Pause
script-do = Do:

## Before you start

ra-before-heading = Before you start
ra-before-place = Find a quiet, private place. Nobody else should listen. Check which language they speak best. Offer an interpreter they trust.
ra-before-pace = Go slowly, one part at a time. Stop if they are tired. No need to read it all today.
ra-pause = Wait. Let them look and think.
ra-listen = Listen to the answer. If it is wrong, explain again differently.

## Welcome

ra-welcome-give = Give them the sheet. Point to the number at the top.
ra-welcome-hello = Hello. My name is ____. I work here, and my job is to help you. This sheet is yours to keep.
ra-welcome-hello--child-5-8 = Hello. My name is ____. I help children. This sheet is for you.
ra-welcome-hello--child = Hello. My name is ____. My job is to help children and young people. This sheet is yours.
ra-welcome-fault = What happened to you is not your fault. You do not have to call yourself a victim to get help.
ra-welcome-fault--child-5-8 = It is not your fault. You did nothing wrong.
ra-welcome-fault--child = What happened is not your fault. You did nothing wrong.
ra-welcome-time = We can take all the time you need. You can stop me at any point. I can say things again, as often as you like.
ra-welcome-time--child-5-8 = We can go slowly. You can stop me. I can say it again.
ra-welcome-time--child = We can go slowly. You can stop me at any time. I can explain again, as often as you need.
ra-welcome-number = At the top of the sheet is a number. You can call it for help.
ra-welcome-number--child-5-8 = Look at the phone picture. You can call this number.
ra-welcome-ask = Can you show me the number to call for help?
ra-welcome-ask--child-5-8 = Can you show me the phone number?

## Rights

ra-rights-safety = You have the right to be protected from harm. Tell us what you are afraid of, now or later.
ra-rights-safety--child-5-8 = Nobody is allowed to hurt you.
ra-rights-safety--child = You have the right to be safe. Tell us if you are afraid, now or later.
ra-rights-punish = You should not be punished for what you were made to do. You should not be locked up, even "to protect you".
ra-rights-punish--child-5-8 = You are not in trouble.
ra-rights-punish--child = You should not be punished for what others made you do. Children must not be locked up.
ra-rights-privacy = What you tell me is confidential. I share it only if you agree, or if the law makes me, for example to stop serious harm. If I have to, I will tell you first and say who will know.
ra-rights-privacy--child-5-8 = Your story is private. Sometimes I must tell a helper. It keeps you safe. I will tell you first.
ra-rights-privacy--child = What you tell me is private. Sometimes I must tell others, to keep a child safe. If I have to, I will tell you first.
ra-rights-child = If you might be under 18, tell us. Children get extra protection.
ra-rights-child--child-5-8 = A grown-up should speak up for you.
ra-rights-child--child = If your parents are not here, you should get a guardian. A guardian is an adult on your side.
ra-rights-ask = Can you tell me in your own words when I might tell someone else what you said?
ra-rights-ask--child-5-8 = Are you in trouble? What do you think?
ra-rights-ask--child = In your own words: when might I tell someone what you said?

## Help

ra-help-kinds = You can get help: a safe place to stay, a doctor, someone to talk to, an interpreter, and help to find a lawyer.
ra-help-kinds--child-5-8 = You can get a safe bed and food. A doctor can help you.
ra-help-kinds--child = You can get a safe place to live and a doctor. You can get someone to talk to, and an interpreter.
ra-help-police = This help is free. It should never depend on talking to the police or going to court. In some countries, permission to stay is linked to a police case: a lawyer can tell you what applies here.
ra-help-police--child-5-8 = Help is free. You get help, even without talking to police.
ra-help-police--child = Help is free. You get help even if you do not talk to the police. Police may want to talk to you. An adult you trust should be there.
ra-help-ask = Do you have to talk to the police to get help? Tell me what you think.
ra-help-ask--child-5-8 = To get help, must you talk to police?
ra-help-ask--child = Do you have to talk to the police to get help? What do you think?

## Choices

ra-choices-yours = Help should always be your choice. You decide which help you want, and you can ask about each kind before you decide.
ra-choices-yours--child-5-8 = You can say yes or no. We will listen. Sometimes grown-ups decide, to keep you safe. We will tell you why.
ra-choices-yours--child = You can say what help you want. We must listen. Some things adults decide, to keep you safe. We must tell you why.
ra-choices-no = You can say no to any help, without giving a reason.
ra-choices-no--child-5-8 = Don't like something? Tell me.
ra-choices-no--child = You can say no to help you do not want.
ra-choices-change = You can change your mind. You can stop help later. You can also say no now and ask for help again later, here or at home.
ra-choices-change--child-5-8 = You can change your mind. Just tell me.
ra-choices-change--child = You can change your mind. You can ask for help again later, even at home.
ra-choices-time = You do not have to decide today. Take the time you need to rest and think.
ra-choices-time--child-5-8 = You do not have to decide now.
ra-choices-time--child = You do not have to decide now. Take time to think.
ra-choices-rules = Before you agree to anything, we explain every rule: how long it lasts, whether you can go out, and whether you can leave. Do not sign anything you do not understand.
ra-choices-rules--child-5-8 = Grown-ups will tell you the rules first.
ra-choices-rules--child = Before you agree, we explain the rules. You can ask questions first.
ra-choices-ask-no = Can you tell me in your own words what happens if you say no?
ra-choices-ask-no--child-5-8 = What happens if you say no?
ra-choices-ask-no--child = In your own words: what happens if you say no?
ra-choices-ask-change = And what can you do if you change your mind later?
ra-choices-ask-change--child-5-8 = Can you change your mind later?

## Safety

ra-safety-afraid = If you are afraid of anyone, tell me, or call a number on the sheet. We can make a safety plan together.
ra-safety-afraid--child-5-8 = Scared? Tell a grown-up you trust.
ra-safety-afraid--child = If you feel scared, tell an adult you trust. Or call a number on the sheet.
ra-safety-helpers = Nobody who helps you may hurt you, or ask you for money, sex, work or favours. If this happens, you can complain, and you should still get help.
ra-safety-helpers--child-5-8 = Helpers must never hurt you. If someone does, tell another grown-up.
ra-safety-helpers--child = No helper may hurt you or ask for anything in return. If this happens, tell another adult. Or call a number on the sheet.
ra-safety-ask = Who could you call if you were in danger?
ra-safety-ask--child-5-8 = Who can you tell if you feel scared?

## Contacts (not on the 5-8 sheet)

ra-contacts-show = Go through the list on the sheet. Point to each number.
ra-contacts-say = These services are free. You can contact them yourself. Ask each one what it keeps private.
ra-contacts-say--child = You can call these people yourself. It is free.
ra-contacts-ask = Which number would you call first?

## To finish

ra-end-heading = To finish
ra-end-remember = Remember: it is not your fault, and the choice is yours. You can change your mind. You can ask me to explain again, today or another day.
ra-end-remember--child-5-8 = You did well. Thank you for listening. You can ask me again. Any day.
ra-end-remember--child = Remember: it is not your fault. You can say what you want. You can ask me to explain again, any day.
ra-end-ask = What would you like to ask me?
ra-end-ask--child-5-8 = Do you want to ask me something?
ra-end-note = Write down what was not clear. Explain it again another day. Offer them the sheet in their language.

## Recordings: which parts the sheet's web page (HTML) plays (recordings/<locale>/, see README)

# Under the subtitle, when the sheet has no recording in this language.
ra-audio-none = Nothing is recorded in this language yet. Read every part aloud.
# Under the subtitle, when some parts are recorded.
ra-audio-some = The web page can play some parts. Each one is marked below.
# Under the heading of a recorded part. $recorded and $total count the texts of that part of the
# sheet; $voice is "computer" (a speech synthesizer) or "person".
ra-audio-part = { $voice ->
    [computer] Web page recording: { $recorded } of { $total } texts. Computer voice.
   *[person] Web page recording: { $recorded } of { $total } texts.
}
