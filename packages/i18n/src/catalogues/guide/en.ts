import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  title: 'Proposal guide',
  lead: 'How to write a co-creation proposal, and what happens after you send it.',
  'toc.label': 'On this page',
  'points.title': 'Four points of a good proposal',
  'point.1.title': '① Problem-driven',
  'point.1.body':
    'Say who in this city has which problem, with evidence (data, voices from the field, interviews). Start from the problem, not from your product.',
  'point.2.title': '② Why this city',
  'point.2.body':
    'Show the link with the city’s plans and local situation. When it is clear why here and not elsewhere, departments can act.',
  'point.3.title': '③ One proposal, one solution',
  'point.3.body':
    'One proposal answers one problem with one solution. If you have several, send several proposals: each finds its department faster.',
  'point.4.title': '④ Roles and costs',
  'point.4.body':
    'Be clear about what the city does, what you do, and whether city money is needed. Start small (a pilot): new money is hard to find in the middle of a fiscal year.',
  'points.also':
    'Also give the expected social and economic impact as measurable KPIs, the city resources you need (test field, data, permit coordination…) and when you would like to start.',
  'steps.title': 'From proposal to results (six STEPs)',
  'steps.calendar':
    'How timing and the city’s budget fit together: see the <link>budget calendar</link>.',
  'offer.title': 'What the city can and cannot offer',
  'offer.lead':
    'In co-creation the city usually does not fund the project: it brings what only it has.',
  'offer.can.title': 'What the city can offer',
  'offer.can.1': 'Test fields (parks, public facilities, roads)',
  'offer.can.2': 'Data the city holds (never personal data)',
  'offer.can.3': 'Coordination of permits and regulation, inside the city and with other bodies',
  'offer.can.4': 'Publicity, and the credibility of working with the city',
  'offer.can.5': 'Introductions to local groups and stakeholders',
  'offer.cannot.title': 'What the city cannot do',
  'offer.cannot.1': 'Buying products or services (procurement has its own channel)',
  'offer.cannot.2': 'Giving one company exclusive use of city resources',
  'offer.cannot.3': 'Promising money that no budget covers',
  'offer.cannot.4': 'Taking part in anything that conflicts with laws or ordinances',
  'faq.title': 'Frequently asked questions',
  'faq.cost.q': 'Does proposing cost anything?',
  'faq.cost.a': 'No. Registering and proposing are free.',
  'faq.secret.q': 'Will other companies learn about my proposal?',
  'faq.secret.a':
    'Proposals are not published. Sections and files you mark confidential are shown only to the department in charge once an NDA is signed, and every view is logged on your proposal page.',
  'faq.time.q': 'How soon will I hear back?',
  'faq.time.a':
    'The co-creation desk does a first check within {firstCheck} of receipt. Once a department takes it on, the dialogue usually takes one to three months.',
  'faq.no.q': 'If the answer is no, will I know why?',
  'faq.no.a':
    'Yes. A no always comes with concrete reasons, on the portal and by e-mail. You can rework the proposal and send it again.',
  'faq.cutoff.q': 'Can I propose after {cutoff}?',
  'faq.cutoff.a':
    'Any time. But a new proposal that needs city money and arrives after {cutoff} cannot enter next year’s initial budget: the earliest is the year after. Pilots without city money are not affected.',
  'faq.cutoff.today':
    'Proposed today ({today}), a proposal that needs city money can be funded by an initial budget in {fiscalYear} at the earliest.',
  'faq.colleagues.q': 'Can colleagues work on a proposal with me?',
  'faq.colleagues.a':
    'Yes. Invite them from your account page: members of an organisation share its proposals.',
  'privacy.title': 'Privacy policy',
  'privacy.intro':
    'The portal handles personal information under Japan’s Act on the Protection of Personal Information (APPI) and the city’s ordinances.',
  'privacy.collect.title': 'What we collect and why',
  'privacy.collect.1':
    'Name, e-mail address, organisation, corporate number: to manage your account, to contact you about your proposals and to identify you.',
  'privacy.collect.2':
    'Your proposals and files: to review them, hold dialogues with the department in charge and consider the project.',
  'privacy.collect.3':
    'Logins and actions (time, IP address): to prevent misuse and to log who viewed confidential information.',
  'privacy.thirdParty.title': 'Disclosure to third parties',
  'privacy.thirdParty.body':
    'None without your consent, except where the law requires it. Your proposal is read only by city staff who need it (the co-creation desk and the department in charge).',
  'privacy.confidential.title': 'Confidential information',
  'privacy.confidential.body':
    'Sections and files you mark confidential are readable only by the co-creation desk (for the first check) and by staff of the department in charge once an NDA is signed. Every view and download by city staff is logged, and you can see the log on your proposal page.',
  'privacy.rights.title': 'Access, correction and deletion',
  'privacy.rights.body':
    'Ask the co-creation desk to see, correct or stop the use of your personal information. Most account details can be changed on your account page.',
  'terms.title': 'Terms of use',
  'terms.1':
    'The portal is for sending co-creation proposals to the city and for the exchanges that follow.',
  'terms.2': 'Register with accurate information and keep your account safe.',
  'terms.3':
    'Intellectual property in a proposal stays with the proposer. The city uses the content only to review it, hold dialogues and consider the project.',
  'terms.4':
    'Receiving a proposal does not commit the city to adopting it, signing a contract or funding it.',
  'terms.5':
    'Do not send content that infringes others’ rights, is false, or is only a sales pitch.',
  'terms.6': 'The city may suspend the portal for maintenance, with notice.',
} satisfies CatalogueOf<typeof ja>;
