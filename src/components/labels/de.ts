import type { ChatLabels } from './ChatLabels.ts'
import { formatDuration, formatFileSize, formatNumber } from './format.ts'

const n = (value: number) => formatNumber(value, 'de')
const size = (bytes: number) => formatFileSize(bytes, 'de')
const plural = (count: number, one: string, other: string) => `${n(count)} ${count === 1 ? one : other}`

/** The German catalog. */
export const de: ChatLabels = {
  locale: 'de',
  dir: 'ltr',

  chatTitle: 'Chat',
  openChat: 'Chat öffnen',
  closeChat: 'Chat schließen',
  startNewConversation: 'Neue Unterhaltung beginnen',

  threadLabel: 'Unterhaltung',
  emptyTitle: 'Wie kann ich helfen?',
  emptyDescription: 'Stellen Sie eine Frage, um zu beginnen.',
  loadingOlder: 'Ältere Nachrichten werden geladen…',
  jumpToLatest: 'Zur neuesten Nachricht',
  newMessages: (count) => plural(count, 'neue Nachricht', 'neue Nachrichten'),
  assistantReplied: (summary) => `Der Assistent hat geantwortet: ${summary}`,

  you: 'Sie',
  assistant: 'Assistent',
  copy: 'Kopieren',
  copied: 'Kopiert',
  copyCode: 'Code kopieren',
  messageDetails: 'Nachrichtendetails',
  referenceId: 'Referenz-ID',
  retry: 'Erneut versuchen',
  discard: 'Verwerfen',
  editMessage: 'Nachricht bearbeiten',
  dismiss: 'Schließen',
  queued: 'In der Warteschlange',
  sending: 'Wird gesendet…',
  sent: 'Gesendet',
  failed: 'Nicht gesendet',
  checkingDelivery: 'Zustellung wird geprüft…',
  notSaved: 'Nicht gespeichert: geht beim Neuladen verloren',
  showAll: 'Alles anzeigen',
  showLess: 'Weniger anzeigen',

  toolUsage: 'Verwendete Werkzeuge',
  toolArguments: 'Argumente',
  toolResult: 'Ergebnis',
  toolRunning: 'Läuft',
  toolSucceeded: 'Erfolgreich',
  toolFailed: 'Fehlgeschlagen',
  duration: (ms) => formatDuration(ms, 'de'),

  composerLabel: 'Nachricht',
  composerPlaceholder: 'Nachricht eingeben…',
  send: 'Senden',
  attachFiles: 'Dateien anhängen',
  dropFiles: 'Dateien zum Anhängen hier ablegen',
  charactersLeft: (count) => `Noch ${plural(count, 'Zeichen', 'Zeichen')}`,
  charactersOver: (count) => `${plural(count, 'Zeichen', 'Zeichen')} über dem Limit`,
  messageTooLong: (max) => `Diese Nachricht ist zu lang. Kürzen Sie sie auf ${n(max)} Zeichen.`,
  sendAvailableIn: (seconds) => `Senden möglich in ${n(seconds)} s`,
  waitForUploads: 'Anhänge werden noch hochgeladen. Sie können senden, sobald sie fertig sind.',
  fixFailedUploads:
    'Ein Anhang konnte nicht hochgeladen werden. Versuchen Sie es erneut oder entfernen Sie ihn.',

  attachments: 'Anhänge',
  removeAttachment: (name) => `${name} entfernen`,
  retryUpload: (name) => `${name} erneut hochladen`,
  uploadProgress: (name) => `${name} wird hochgeladen`,
  uploading: (percent) => `Wird hochgeladen, ${n(percent)} %`,
  uploadPending: 'Wartet auf Upload',
  uploadReady: 'Bereit',
  uploadFailed: (error) => `Upload fehlgeschlagen: ${error}`,
  fileSize: size,
  rejectionsLabel: 'Nicht hinzugefügte Dateien',
  dismissRejection: (name) => `Hinweis zu ${name} schließen`,
  rejections: {
    'file-invalid-type': ({ displayName, accept }) =>
      `„${displayName}“ hat einen nicht unterstützten Dateityp.${accept ? ` Erlaubt: ${accept}.` : ''}`,
    'file-too-large': ({ displayName, size: bytes, maxSize }) =>
      `„${displayName}“ ist zu groß (${size(bytes)}). Die Grenze liegt bei ${size(maxSize)}.`,
    'file-too-small': ({ displayName, size: bytes, minSize }) =>
      `„${displayName}“ ist zu klein (${size(bytes)}). Das Minimum ist ${size(minSize)}.`,
    'file-empty': ({ displayName }) => `„${displayName}“ ist leer.`,
    'too-many-files': ({ displayName, maxFiles }) =>
      `„${displayName}“ wurde nicht hinzugefügt: höchstens ${plural(maxFiles, 'Datei', 'Dateien')} pro Nachricht.`,
    'name-too-long': ({ displayName, maxNameLength }) =>
      `Der Name von „${displayName}“ ist zu lang (höchstens ${plural(maxNameLength, 'Zeichen', 'Zeichen')}).`,
  },

  errors: {
    unauthorized: {
      title: 'Dieser Chat ist nicht richtig eingerichtet (Authentifizierung).',
      description: 'Der Betreiber der Website muss die Zugangsdaten des Chats prüfen.',
    },
    forbidden: {
      title: 'Dieser Chat ist nicht richtig eingerichtet (Berechtigungen).',
      description: 'Der Betreiber der Website muss die Berechtigungen des Chats prüfen.',
    },
    session_not_found: {
      title: 'Diese Unterhaltung ist beendet',
      description:
        'Ihre nicht gesendete Nachricht bleibt erhalten. Beginnen Sie eine neue Unterhaltung, um fortzufahren.',
    },
    rate_limited: {
      title: 'Zu viele Anfragen.',
      description: 'Ihre Nachricht bleibt erhalten und wird automatisch gesendet.',
    },
    content_policy: {
      title: 'Diese Nachricht kann nicht gesendet werden',
      description:
        'Sie wurde durch die Inhaltsrichtlinie blockiert. Bearbeiten Sie sie und versuchen Sie es erneut.',
    },
    tool_failure: {
      title: 'Ein Werkzeug ist fehlgeschlagen',
      description: 'Der Assistent konnte eines seiner Werkzeuge nicht erfolgreich verwenden.',
    },
    timeout: {
      title: 'Noch keine Antwort',
      description: 'Der Assistent hat nicht rechtzeitig geantwortet. Sie können es erneut versuchen.',
      recoveringTitle: 'Wird noch bearbeitet…',
      recoveringDescription: 'Das dauert länger als üblich.',
    },
    invalid_request: {
      title: 'Die Nachricht konnte nicht gesendet werden',
      description:
        'Der Dienst hat die Anfrage nicht angenommen. Bearbeiten Sie die Nachricht und versuchen Sie es erneut.',
    },
    payload_too_large: {
      title: 'Die Nachricht ist zu groß',
      description: 'Entfernen Sie einige Anhänge oder kürzen Sie die Nachricht.',
    },
    server_error: {
      title: 'Der Dienst hat Probleme',
      description: 'Bitte versuchen Sie es gleich noch einmal.',
      recoveringTitle: 'Verbindung wird wiederhergestellt…',
      recoveringDescription: 'Der Dienst hat Probleme. Neuer Versuch läuft…',
    },
    network: {
      title: 'Der Dienst ist nicht erreichbar',
      description: 'Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      recoveringTitle: 'Verbindung wird wiederhergestellt…',
      recoveringDescription: 'Die Verbindung wurde unterbrochen. Neuer Versuch läuft…',
    },
    aborted: {
      title: 'Das Senden wurde abgebrochen',
      description: 'Ihre Nachricht bleibt erhalten. Sie können es erneut versuchen.',
    },
    invalid_response: {
      title: 'Etwas ist schiefgelaufen',
      description: 'Der Dienst hat eine Antwort geschickt, die der Chat nicht lesen konnte.',
    },
  },
  sessionEndedNoRestart:
    'Ihre nicht gesendete Nachricht bleibt erhalten, aber diese Unterhaltung kann hier nicht weitergehen.',
  toolFailedNamed: (tool) => `Ein Werkzeug ist fehlgeschlagen: ${tool}`,
  retryingIn: (seconds) => `Neuer Versuch in ${n(seconds)} s`,
  retryingNow: 'Neuer Versuch…',
  errorReference: (id) => `Referenz: ${id}`,
  copyReference: 'Referenz kopieren',
  errorDetails: 'Details',

  sessionStatus: 'Sitzungsstatus',
  statusReady: 'Bereit',
  statusIdle: 'Inaktiv',
  statusWorking: 'Arbeitet',
  statusError: 'Benötigt Aufmerksamkeit',
  statusOffline: 'Offline',
  statusUnknown: 'Verbindung wird hergestellt…',
  working: (seconds) => `Arbeitet… ${n(seconds)} s`,
  assistantWorking: 'Der Assistent arbeitet',
}
