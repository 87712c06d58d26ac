import type { ChatLabels } from './ChatLabels.ts'
import { formatDuration, formatFileSize, formatNumber } from './format.ts'

const n = (value: number) => formatNumber(value, 'ar')
const size = (bytes: number) => formatFileSize(bytes, 'ar')
const rules = new Intl.PluralRules('ar')
type Forms = {
  readonly one: string
  readonly two: string
  readonly few: string
  readonly many: string
  readonly other: string
}
/** Arabic has six plural categories; `#` is replaced by the number. `zero` uses `other`. */
const plural = (count: number, forms: Forms) => {
  const category = rules.select(count)
  const form = category in forms ? forms[category as keyof Forms] : forms.other
  return form.replace('#', n(count))
}
const files = (count: number) =>
  plural(count, { one: 'ملف واحد', two: 'ملفان', few: '# ملفات', many: '# ملفًا', other: '# ملف' })
const chars = (count: number) =>
  plural(count, { one: 'حرف واحد', two: 'حرفان', few: '# أحرف', many: '# حرفًا', other: '# حرف' })
/** Names are usually left-to-right: isolate them so they don't reorder the sentence. */
const q = (name: string) => `«\u2068${name}\u2069»`
const iso = (text: string) => `\u2068${text}\u2069`

/** A minimal Arabic catalog, mainly to prove right-to-left layout. Needs a native speaker's review. */
export const ar: ChatLabels = {
  locale: 'ar',
  dir: 'rtl',

  chatTitle: 'الدردشة',
  openChat: 'فتح الدردشة',
  closeChat: 'إغلاق الدردشة',
  startNewConversation: 'بدء محادثة جديدة',

  threadLabel: 'المحادثة',
  emptyTitle: 'كيف يمكنني المساعدة؟',
  emptyDescription: 'اطرح سؤالًا للبدء.',
  loadingOlder: 'جارٍ تحميل الرسائل السابقة…',
  jumpToLatest: 'الانتقال إلى الأحدث',
  newMessages: (count) =>
    plural(count, {
      one: 'رسالة جديدة',
      two: 'رسالتان جديدتان',
      few: '# رسائل جديدة',
      many: '# رسالة جديدة',
      other: '# رسالة جديدة',
    }),
  assistantReplied: (summary) => `ردّ المساعد: ${summary}`,

  you: 'أنت',
  assistant: 'المساعد',
  copy: 'نسخ',
  copied: 'تم النسخ',
  copyCode: 'نسخ الشيفرة',
  messageDetails: 'تفاصيل الرسالة',
  referenceId: 'المعرّف المرجعي',
  retry: 'إعادة المحاولة',
  discard: 'حذف',
  editMessage: 'تعديل الرسالة',
  dismiss: 'إغلاق',
  queued: 'في قائمة الانتظار',
  sending: 'جارٍ الإرسال…',
  sent: 'تم الإرسال',
  failed: 'لم يُرسل',
  checkingDelivery: 'جارٍ التحقق من التسليم…',
  notSaved: 'غير محفوظة: ستُفقد عند إعادة تحميل الصفحة',
  showAll: 'عرض الكل',
  showLess: 'عرض أقل',

  toolUsage: 'الأدوات المستخدمة',
  toolArguments: 'المعاملات',
  toolResult: 'النتيجة',
  toolRunning: 'قيد التشغيل',
  toolSucceeded: 'نجحت',
  toolFailed: 'فشلت',
  duration: (ms) => formatDuration(ms, 'ar'),

  composerLabel: 'الرسالة',
  composerPlaceholder: 'اكتب رسالة…',
  send: 'إرسال',
  attachFiles: 'إرفاق ملفات',
  dropFiles: 'أفلت الملفات لإرفاقها',
  charactersLeft: (count) => `المتبقي: ${chars(count)}`,
  charactersOver: (count) => `تجاوز الحد بمقدار ${chars(count)}`,
  messageTooLong: (max) => `هذه الرسالة أطول من أن تُرسل. اختصرها إلى ${chars(max)} كحد أقصى.`,
  sendAvailableIn: (seconds) => `يمكن الإرسال بعد ${n(seconds)} ث`,
  waitForUploads: 'لا تزال المرفقات قيد الرفع. يمكنك الإرسال عند اكتمالها.',
  fixFailedUploads: 'فشل رفع أحد المرفقات. أعد المحاولة أو أزله للإرسال.',

  attachments: 'المرفقات',
  removeAttachment: (name) => `إزالة ${iso(name)}`,
  retryUpload: (name) => `إعادة رفع ${iso(name)}`,
  uploadProgress: (name) => `جارٍ رفع ${iso(name)}`,
  uploading: (percent) => `جارٍ الرفع، ${n(percent)}٪`,
  uploadPending: 'في انتظار الرفع',
  uploadReady: 'جاهز',
  uploadFailed: (error) => `فشل الرفع: ${error}`,
  fileSize: size,
  rejectionsLabel: 'ملفات لم تُضف',
  dismissRejection: (name) => `إغلاق الرسالة الخاصة بـ ${iso(name)}`,
  rejections: {
    'file-invalid-type': ({ displayName, accept }) =>
      `نوع الملف ${q(displayName)} غير مدعوم.${accept ? ` الأنواع المقبولة: ${iso(accept)}.` : ''}`,
    'file-too-large': ({ displayName, size: bytes, maxSize }) =>
      `الملف ${q(displayName)} كبير جدًا (${size(bytes)}). الحد الأقصى ${size(maxSize)}.`,
    'file-too-small': ({ displayName, size: bytes, minSize }) =>
      `الملف ${q(displayName)} صغير جدًا (${size(bytes)}). الحد الأدنى ${size(minSize)}.`,
    'file-empty': ({ displayName }) => `الملف ${q(displayName)} فارغ.`,
    'too-many-files': ({ displayName, maxFiles }) =>
      `لم يُضف الملف ${q(displayName)}: الحد الأقصى ${files(maxFiles)} لكل رسالة.`,
    'name-too-long': ({ displayName, maxNameLength }) =>
      `اسم الملف ${q(displayName)} طويل جدًا (الحد الأقصى ${chars(maxNameLength)}).`,
  },

  errors: {
    unauthorized: {
      title: 'هذه الدردشة غير مُعدّة بشكل صحيح (المصادقة).',
      description: 'يجب على مالك الموقع التحقق من بيانات اعتماد الدردشة.',
    },
    forbidden: {
      title: 'هذه الدردشة غير مُعدّة بشكل صحيح (الأذونات).',
      description: 'يجب على مالك الموقع التحقق من أذونات الدردشة.',
    },
    session_not_found: {
      title: 'انتهت هذه المحادثة',
      description: 'رسالتك غير المرسلة محفوظة. ابدأ محادثة جديدة للمتابعة.',
    },
    rate_limited: { title: 'طلبات كثيرة جدًا.', description: 'رسالتك محفوظة وستُرسل تلقائيًا.' },
    content_policy: {
      title: 'لا يمكن إرسال هذه الرسالة',
      description: 'حُظرت بموجب سياسة المحتوى. عدّلها وحاول مرة أخرى.',
    },
    tool_failure: {
      title: 'فشلت إحدى الأدوات',
      description: 'لم يتمكن المساعد من إكمال استخدام إحدى أدواته.',
    },
    timeout: {
      title: 'لا يوجد رد بعد',
      description: 'لم يرد المساعد في الوقت المحدد. يمكنك المحاولة مرة أخرى.',
      recoveringTitle: 'لا يزال العمل جاريًا…',
      recoveringDescription: 'يستغرق هذا وقتًا أطول من المعتاد.',
    },
    invalid_request: {
      title: 'تعذّر إرسال الرسالة',
      description: 'لم تقبل الخدمة الطلب. عدّل الرسالة وحاول مرة أخرى.',
    },
    payload_too_large: { title: 'الرسالة كبيرة جدًا', description: 'أزل بعض المرفقات أو اختصر الرسالة.' },
    server_error: {
      title: 'تواجه الخدمة مشكلة',
      description: 'يرجى المحاولة مرة أخرى بعد قليل.',
      recoveringTitle: 'جارٍ إعادة الاتصال…',
      recoveringDescription: 'تواجه الخدمة مشكلة. جارٍ إعادة المحاولة…',
    },
    network: {
      title: 'تعذّر الوصول إلى الخدمة',
      description: 'تحقق من اتصالك وحاول مرة أخرى.',
      recoveringTitle: 'جارٍ إعادة الاتصال…',
      recoveringDescription: 'انقطع الاتصال. جارٍ إعادة المحاولة…',
    },
    aborted: { title: 'أُلغي الإرسال', description: 'رسالتك محفوظة. يمكنك المحاولة مرة أخرى.' },
    invalid_response: { title: 'حدث خطأ ما', description: 'أرسلت الخدمة ردًا تعذّرت على الدردشة قراءته.' },
  },
  sessionEndedNoRestart: 'رسالتك غير المرسلة محفوظة، لكن لا يمكن متابعة هذه المحادثة هنا.',
  toolFailedNamed: (tool) => `فشلت إحدى الأدوات: ${iso(tool)}`,
  retryingIn: (seconds) => `إعادة المحاولة بعد ${n(seconds)} ث`,
  retryingNow: 'جارٍ إعادة المحاولة…',
  errorReference: (id) => `المرجع: ${iso(id)}`,
  copyReference: 'نسخ المرجع',
  errorDetails: 'التفاصيل',

  sessionStatus: 'حالة الجلسة',
  statusReady: 'جاهز',
  statusIdle: 'خامل',
  statusWorking: 'يعمل',
  statusError: 'يحتاج إلى انتباه',
  statusOffline: 'غير متصل',
  statusUnknown: 'جارٍ الاتصال…',
  working: (seconds) => `يعمل… ${n(seconds)} ث`,
  assistantWorking: 'المساعد يعمل',
}
