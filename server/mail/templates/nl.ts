import type { DeclineReason } from '../../../contract/mentoring';
import type { LanguagePack } from './types';

/** A role as the mails name it. */
const roleNames: Record<string, string> = { student: 'student', alumnus: 'alumnus', staff: 'medewerker' };
const roleName = (role: string) => roleNames[role] ?? role;

/** De afwijsredenen zoals de web-app ze toont (web/src/i18n/locales/nl/mentoring.json, declineReasons). */
const declineReasons: Record<DeclineReason, string> = {
  no_capacity: 'Ik heb op dit moment geen ruimte voor nog een mentee',
  expertise_mismatch: 'Mijn ervaring past niet bij wat je zoekt',
  not_available_now: 'Ik ben op dit moment niet beschikbaar',
  other: 'Een andere reden',
};
const declineReason = (reason: string | null) => (reason && Object.hasOwn(declineReasons, reason) ? declineReasons[reason as DeclineReason] : null);

/** Nederlandse mails. Alleen gewone tekst: de layout ontsnapt waarden en bouwt de HTML. */
export const nl: LanguagePack = {
  common: {
    greeting: (name) => (name ? `Beste ${name},` : 'Beste lezer,'),
    copyLinkHint: 'Werkt de link niet? Kopieer dan dit adres naar je browser:',
    signOff: (c) => `Met vriendelijke groet,\n${c.institutionName}`,
    footer: (reason, c) =>
      reason === 'notification'
        ? {
            lines: [
              `Je ontvangt deze e-mail omdat je een account hebt bij ${c.institutionName} en e-mailnotificaties aan staan.`,
              'Wil je geen e-mails meer ontvangen? Zet dan “E-mailnotificaties ontvangen” uit onder E-mail/Web in je instellingen. Je meldingen blijven zichtbaar als je inlogt.',
            ],
            link: { label: 'Instellingen voor e-mailnotificaties', url: `${c.publicUrl}/settings` },
          }
        : reason === 'account'
          ? {
              lines: [
                `Je ontvangt deze e-mail omdat hij over je account bij ${c.institutionName} gaat. We sturen hem ook als e-mailnotificaties uit staan.`,
                `Vragen? Mail naar ${c.supportEmail}.`,
              ],
            }
          : reason === 'security'
          ? {
              lines: [
                `Je ontvangt deze e-mail omdat je account bij ${c.institutionName} is gewijzigd. ` +
                  'Berichten over de beveiliging van je account sturen we ook als e-mailnotificaties uit staan.',
                `Heb jij dit niet gedaan? Stel dan meteen een nieuw wachtwoord in en mail naar ${c.supportEmail}.`,
              ],
              link: { label: 'Nieuw wachtwoord instellen', url: `${c.publicUrl}/forgot-password` },
            }
          : reason === 'invitation'
          ? {
              lines: [
                `Je ontvangt deze e-mail omdat het alumnibureau van ${c.institutionName} dit adres in zijn lijst van alumni heeft. ` +
                  'We schrijven je hierover niet opnieuw, tenzij het bureau de uitnodiging nog eens stuurt.',
                `Geen interesse, of geen alumnus? Dan kun je deze e-mail negeren. Vragen? Mail naar ${c.supportEmail}.`,
              ],
            }
          : {
              lines: [
                `Je ontvangt deze e-mail omdat dit adres is gebruikt om hem aan te vragen bij ${c.institutionName}. ` +
                  'We sturen hem ook als e-mailnotificaties uit staan, omdat je hem nodig hebt om verder te gaan.',
                `Heb je niets aangevraagd? Dan kun je deze e-mail negeren. Vragen? Mail naar ${c.supportEmail}.`,
              ],
            },
  },
  templates: {
    welcome: (_data, c) => ({
      subject: `Welkom bij ${c.institutionName}`,
      paragraphs: [
        `Je account bij ${c.institutionName} is klaar.`,
        'Vul je profiel aan zodat anderen je kunnen vinden, en zoek een mentor die bij je vragen past — of activeer als alumnus je mentorprofiel en help een ander op weg.',
      ],
      action: { label: 'Naar je dashboard', url: `${c.publicUrl}/dashboard` },
    }),
    password_changed: (_data, c) => ({
      subject: 'Je wachtwoord is gewijzigd',
      paragraphs: [
        `Het wachtwoord van je account bij ${c.institutionName} is zojuist gewijzigd.`,
        'Heb je dit zelf gedaan? Dan hoef je verder niets te doen.',
      ],
      after: [
        `Heb je het niet zelf gewijzigd? Kies dan “Wachtwoord vergeten?” op de inlogpagina om een nieuw wachtwoord in te stellen, en laat het ons weten via ${c.supportEmail}.`,
      ],
    }),
    email_changed: (data, c) => ({
      subject: 'Je e-mailadres is gewijzigd',
      paragraphs: [
        `Het e-mailadres van je account bij ${c.institutionName} is nu ${data.newEmail}.`,
        'Je logt voortaan met dit adres in, en hier ontvang je je notificaties.',
      ],
      after: [`Heb je dit niet zelf gewijzigd? Mail dan meteen naar ${c.supportEmail}.`],
    }),
    request_received: (data, c) => ({
      subject: `Nieuw mentorverzoek van ${data.menteeName}`,
      paragraphs: [
        `${data.menteeName} wil jou graag als mentor.`,
        ...(data.motivation ? [`Motivatie:\n“${data.motivation}”`] : []),
        ...(data.goals ? [`Wat ${data.menteeName} hoopt te bereiken:\n“${data.goals}”`] : []),
        'Open het onder Verzoeken, schrijf een korte reactie en kies Afwijzen of Accepteren. Een toelichting bij een afwijzing helpt de mentee.',
      ],
      action: { label: 'Open het verzoek', url: `${c.publicUrl}/requests/${data.requestId}` },
    }),
    request_withdrawn: (data, c) => ({
      subject: `${data.menteeName} heeft het mentorverzoek ingetrokken`,
      paragraphs: [`${data.menteeName} heeft het mentorverzoek aan jou ingetrokken. Je hoeft niets te doen.`],
      action: { label: 'Je verzoeken', url: `${c.publicUrl}/requests` },
    }),
    request_accepted: (data, c) => ({
      subject: `${data.mentorName} heeft je mentorverzoek geaccepteerd`,
      paragraphs: [
        `Goed nieuws: ${data.mentorName} heeft je mentorverzoek geaccepteerd. Jullie mentorschap is begonnen.`,
        ...(data.response ? [`${data.mentorName} schreef: “${data.response}”`] : []),
      ],
      action: { label: 'Naar je dashboard', url: `${c.publicUrl}/dashboard` },
    }),
    request_declined: (data, c) => ({
      subject: `${data.mentorName} heeft je mentorverzoek afgewezen`,
      paragraphs: [
        `${data.mentorName} kan je mentorverzoek niet aannemen.`,
        ...(declineReason(data.reason) ? [`Reden: ${declineReason(data.reason)}.`] : []),
        ...(data.response ? [`${data.mentorName} schreef: “${data.response}”`] : []),
        'Andere mentoren passen misschien net zo goed bij je vragen: bekijk de suggesties op je dashboard.',
      ],
      action: { label: 'Zoek een mentor', url: `${c.publicUrl}/search` },
    }),
    request_reminder: (data, c) => ({
      subject: `${data.menteeName} wacht op je antwoord`,
      paragraphs: [
        `Het mentorverzoek van ${data.menteeName} staat nog open. Zonder antwoord verloopt het op ${data.expiresAt.slice(0, 10)}.`,
        'Een kort antwoord — ja of nee — helpt de mentee verder.',
      ],
      action: { label: 'Beantwoord het verzoek', url: `${c.publicUrl}/requests/${data.requestId}` },
    }),
    request_expired: (data, c) => ({
      subject: 'Je mentorverzoek is verlopen',
      paragraphs: [
        `Je mentorverzoek aan ${data.mentorName} is niet op tijd beantwoord en is verlopen.`,
        'Je kunt een nieuw verzoek sturen aan een andere mentor, of later aan dezelfde mentor.',
      ],
      action: { label: 'Zoek een mentor', url: `${c.publicUrl}/search` },
    }),
    incoming_request_expired: (data, c) => ({
      subject: `Het mentorverzoek van ${data.menteeName} is verlopen`,
      paragraphs: [`Het mentorverzoek van ${data.menteeName} is niet op tijd beantwoord en is verlopen. De mentee is op de hoogte gebracht.`],
      action: { label: 'Je verzoeken', url: `${c.publicUrl}/requests` },
    }),
    mentorship_ended: (data, c) => ({
      subject: `Je mentorschap met ${data.otherName} is beëindigd`,
      paragraphs: [
        data.endedByYou
          ? `Je hebt je mentorschap met ${data.otherName} beëindigd. ${data.otherName} is op de hoogte gebracht.`
          : `${data.otherName} heeft jullie mentorschap beëindigd. Bedankt voor de tijd die jullie samen hebben besteed.`,
      ],
      action: { label: 'Naar je dashboard', url: `${c.publicUrl}/dashboard` },
    }),
    request_closed_by_deletion: (data, c) => ({
      subject: `${data.otherName} heeft het account verwijderd`,
      paragraphs: [
        data.direction === 'incoming'
          ? `${data.otherName} heeft het account verwijderd, dus het mentorverzoek aan jou is ingetrokken. Je hoeft niets te doen.`
          : `${data.otherName} heeft het account verwijderd, dus jouw mentorverzoek is ingetrokken. Andere mentoren passen misschien net zo goed bij je vragen.`,
      ],
      action: data.direction === 'incoming' ? { label: 'Je verzoeken', url: `${c.publicUrl}/requests` } : { label: 'Zoek een mentor', url: `${c.publicUrl}/search` },
    }),
    mentorship_ended_by_deletion: (data, c) => ({
      subject: `Je mentorschap met ${data.otherName} is beëindigd`,
      paragraphs: [
        data.role === 'mentor'
          ? `${data.otherName} heeft het account verwijderd, dus jullie mentorschap is beëindigd en de plek is weer vrij.`
          : `${data.otherName} heeft het account verwijderd, dus jullie mentorschap is beëindigd. Andere mentoren passen misschien net zo goed bij je vragen.`,
      ],
      action: { label: 'Naar je dashboard', url: `${c.publicUrl}/dashboard` },
    }),
    message_received: (data, c) => ({
      subject: `${data.senderName} heeft je een bericht gestuurd`,
      paragraphs: [
        `${data.senderName} heeft je een bericht gestuurd in je Inbox. Lees het en antwoord daar.`,
        'We mailen je over een gesprek hooguit eens per kwartier, zodat een levendig gesprek je mailbox niet vult.',
      ],
      action: { label: 'Open het gesprek', url: `${c.publicUrl}/inbox/${data.conversationId}` },
    }),
    report_outcome: (data, c) => ({
      subject: 'Het alumnibureau heeft je melding bekeken',
      paragraphs: [
        `Bedankt dat je ${data.about === 'message' ? 'een bericht' : 'een mentorverzoek'} aan het alumnibureau hebt gemeld.`,
        data.outcome === 'removed'
          ? 'We hebben het bericht verwijderd: niemand kan het nog lezen.'
          : data.outcome === 'suspended'
            ? 'We hebben het account van het lid dat het schreef geschorst.'
            : 'We hebben het bekeken en deze keer geen actie ondernomen. Gebeurt het opnieuw, meld het dan weer.',
      ],
      action: { label: 'Naar je dashboard', url: `${c.publicUrl}/dashboard` },
    }),
    username_changed: (data, c) => ({
      subject: 'Je gebruikersnaam is gewijzigd',
      paragraphs: [
        `Het alumnibureau heeft de gebruikersnaam van je account bij ${c.institutionName} gewijzigd van ${data.oldUsername} in ${data.newUsername}.`,
        'Log in met je nieuwe gebruikersnaam of met je e-mailadres. Je oude gebruikersnaam werkt niet meer, en links naar je profiel met die naam leiden niet meer naar jou.',
      ],
      action: { label: 'Naar je profiel', url: `${c.publicUrl}/profile` },
      after: [`Vragen over deze wijziging? Mail naar ${c.supportEmail}.`],
    }),
    role_changed: (data, c) => ({
      subject: `Je staat nu ingeschreven als ${roleName(data.newRole)}`,
      paragraphs: [
        `Het alumnibureau heeft je rol bij ${c.institutionName} gewijzigd in ${roleName(data.newRole)}.`,
        `De reden:\n“${data.reason}”`,
        ...(data.oldRole === 'alumnus' ? ['Alleen alumni zijn mentor, dus je mentorprofiel is gepauzeerd en staat niet meer in de zoekresultaten.'] : []),
        ...(data.newRole === 'alumnus' ? ['Als alumnus kun je een mentorprofiel activeren op het tabblad Mentor van je profiel.'] : []),
      ],
      action: { label: 'Naar je profiel', url: `${c.publicUrl}/profile` },
      after: [`Vragen over deze wijziging? Mail naar ${c.supportEmail}.`],
    }),
    admin_right_changed: (data, c) => ({
      subject: data.isAdmin ? 'Je bent nu beheerder' : 'Je bent geen beheerder meer',
      paragraphs: [
        data.isAdmin
          ? `Je hebt het beheerdersrecht gekregen bij ${c.institutionName}: het menu-item Beheer opent de console van het alumnibureau.`
          : `Je beheerdersrecht bij ${c.institutionName} is ingetrokken. Je account blijft verder zoals het was.`,
      ],
      after: [`Vragen over deze wijziging? Mail naar ${c.supportEmail}.`],
    }),
    graduation_approved: (data, c) => ({
      subject: 'Gefeliciteerd: je bent nu alumnus',
      paragraphs: [
        `Het alumnibureau heeft je afstudeerverzoek (${data.graduationYear}) goedgekeurd. Je staat nu als alumnus ingeschreven bij ${c.institutionName}.`,
        'Wil je een student op weg helpen? Activeer je mentorprofiel op het tabblad Mentor van je profiel.',
      ],
      action: { label: 'Open het tabblad Mentor', url: `${c.publicUrl}/profile/mentor` },
    }),
    graduation_rejected: (data, c) => ({
      subject: 'Je afstudeerverzoek is niet goedgekeurd',
      paragraphs: ['Het alumnibureau heeft je verzoek om alumnus te worden niet goedgekeurd.', `De reden:\n“${data.reason}”`],
      action: { label: 'Naar je profiel', url: `${c.publicUrl}/profile` },
      after: [`Vragen? Mail naar ${c.supportEmail}.`],
    }),
    account_deleted: (data, c) => ({
      subject: `Je account bij ${c.institutionName} is verwijderd`,
      paragraphs: [
        data.byAdmin
          ? `Het alumnibureau heeft je account bij ${c.institutionName} verwijderd.`
          : `Je account bij ${c.institutionName} is verwijderd, zoals je vroeg.`,
        ...(data.reason ? [`Reden: ${data.reason}`] : []),
        'Je profiel, foto, mentorprofiel, instellingen en meldingen zijn weg, en je bent overal uitgelogd. Berichten die je stuurde blijven leesbaar voor de leden aan wie je schreef, als afkomstig van een verwijderd lid. Dit is de laatste mail die je van ons krijgt.',
      ],
      after: [`Vragen? Schrijf naar ${c.supportEmail}.`],
    }),
    invitation: (data, c) => ({
      subject: `Je bent uitgenodigd voor het mentornetwerk van ${c.institutionName}`,
      paragraphs: [
        `Het alumnibureau van ${c.institutionName} nodigt je als oud-student uit om lid te worden van het mentornetwerk.`,
        'Als lid kun je studenten en pas afgestudeerden begeleiden, en zelf een mentor vinden. Registreren duurt een paar minuten: je naam en dit adres zijn al ingevuld.',
      ],
      action: { label: 'Registreer als alumnus', url: data.url },
      after: ['De link werkt één keer en verloopt na 14 dagen. Is hij verlopen? Vraag het alumnibureau dan om een nieuwe.'],
    }),
    account_suspension: (data, c) => ({
      subject: data.suspended ? `Je account bij ${c.institutionName} is geschorst` : `Je kunt weer inloggen bij ${c.institutionName}`,
      paragraphs: data.suspended
        ? [
            `Het alumnibureau heeft je account bij ${c.institutionName} geschorst. Je bent overal uitgelogd en kunt niet inloggen zolang de schorsing duurt.`,
            'Je mentorprofiel is niet zichtbaar voor anderen, en de mentorverzoeken die je had verstuurd zijn ingetrokken.',
          ]
        : [`Het alumnibureau heeft de schorsing van je account bij ${c.institutionName} opgeheven. Je kunt weer inloggen.`],
      ...(data.suspended ? {} : { action: { label: 'Inloggen', url: `${c.publicUrl}/sign-in` } }),
      after: [`Vragen hierover? Mail naar ${c.supportEmail}.`],
    }),
    email_changed_old_address: (data, c) => ({
      subject: `Je account bij ${c.institutionName} heeft een nieuw e-mailadres`,
      paragraphs: [
        `Het account bij ${c.institutionName} dat dit e-mailadres gebruikte, gebruikt nu ${data.newEmail}. Er komt geen mail van ons meer op dit adres.`,
      ],
      after: [`Heb je dit niet zelf gewijzigd? Mail dan meteen naar ${c.supportEmail}.`],
    }),
    password_reset: (data, c) => ({
      subject: `Stel een nieuw wachtwoord in voor ${c.institutionName}`,
      paragraphs: ['Iemand — hopelijk jij — heeft gevraagd het wachtwoord te herstellen van het account met dit e-mailadres.'],
      action: { label: 'Kies een nieuw wachtwoord', url: data.url },
      after: ['De link werkt één keer en verloopt na een uur. Heb je niets aangevraagd? Dan blijft je wachtwoord zoals het is.'],
    }),
    email_change_confirm: (data, c) => ({
      subject: `Bevestig je nieuwe e-mailadres voor ${c.institutionName}`,
      paragraphs: [
        `Je hebt gevraagd om ${data.newEmail} te gebruiken als e-mailadres van je account bij ${c.institutionName}.`,
        'De wijziging gaat in zodra je hem bevestigt met de link hieronder.',
      ],
      action: { label: 'Bevestig dit e-mailadres', url: data.url },
      after: ['Heb je dit niet aangevraagd? Negeer dan deze e-mail: je account houdt het huidige adres.'],
    }),
    email_verification: (data, c) => ({
      subject: `Bevestig je e-mailadres voor ${c.institutionName}`,
      paragraphs: [`Bevestig dat dit e-mailadres van jou is, zodat ${c.institutionName} je kan bereiken.`],
      action: { label: 'Bevestig mijn e-mailadres', url: data.url },
    }),
  },
};
