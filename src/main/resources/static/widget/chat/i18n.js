/**
 * Every string the widget shows, in Russian, Uzbek (Latin script) and English, and the few rules
 * that make them: placeholders and plural forms (Intl.PluralRules, so "1 character" and
 * "21 символа" come out right).
 */

export const STRINGS = {
	en: {
		faq: 'Help articles',
		faqSearch: 'Search help…',
		faqHelpful: 'Did this help?',
		faqYes: 'Yes',
		faqNo: 'No',
		faqThanks: 'Thank you for telling us.',
		faqBack: 'Back to the chat',
		faqEmpty: 'Nothing found. Write to us in the chat.',
		title: 'Support',
		aboutOrder: 'About order {order}',
		online: 'Online',
		offline: 'No connection',
		connecting: 'Connecting…',
		placeholder: 'Write a message…',
		inputLabel: 'Message to support',
		send: 'Send',
		attach: 'Attach a photo',
		typing: '{name} is typing…',
		typingAnonymous: 'Support is typing…',
		sending: 'Sending',
		sent: 'Sent',
		read: 'Read',
		failed: 'Not sent',
		retry: 'Retry',
		empty: 'Tell us what happened: an operator usually replies within a minute.',
		sessionExpired: 'Your session has expired. Reopen the chat to continue.',
		notFound: 'This conversation was not found.',
		tooLong: 'The message is too long: at most {n} {characters}.',
		characters: { one: 'character', other: 'characters' },
		flood: 'You are sending messages too fast. Wait a few seconds and send again.',
		busy: 'Many people are writing to us right now. Your message is being sent and will arrive in a moment.',
		notEmpty: 'Write some text or attach a photo.',
		imageType: 'Only JPEG, PNG, GIF and WebP images can be sent.',
		imageSize: 'The image is too large.',
		generic: 'Something went wrong. Please try again.',
		today: 'Today',
		yesterday: 'Yesterday',
		support: 'Support',
		bot: 'Assistant',
		photo: 'Photo',
		imageUnavailable: 'The image is unavailable',
		close: 'Close the chat',
		dismiss: 'Dismiss',
		log: 'Conversation with support',
		queuePlace: 'You are number {place} in the queue',
		queueWait: 'estimated wait: about {min} min',
		queueMore: 'estimated wait: more than {min} min',
		sideSend: 'Send',
		sideRemark: 'Add a comment (optional)',
		queueUnknown: 'no operator is online right now: the wait is unknown',
		notices: 'Notices',
		noticesUnseen: 'Notices: {n} new',
		noticesEmpty: 'Nothing yet. We will tell you here if your order runs late or its time changes.',
		noticeSwitches: 'Tell me when',
		notice_ORDER_LATE: 'my order runs late',
		notice_LATE_CARE_CREDITED: 'I get a bonus for a late order',
		notice_ETA_CHANGED: 'the arrival time changes',
		notice_COURIER_NEAR: 'the courier is near',
		notice_DELIVERED: 'my order is delivered',
		notice_ITEM_CANCELLED: 'the restaurant cancels an item',
		notice_PAYMENT_DECLINED: 'my card is declined',
		somethingWrong: 'Something wrong?',
		somethingWrongText: 'Something is wrong with order {order}: ',
		pushOffer: 'Get these notices on this device even when the chat is closed?',
		pushYes: 'Turn on',
		pushNo: 'Not now',
		pushOn: 'Notices come to this device.',
		pushBlocked: 'Notifications are blocked in this browser\'s settings.',
		pushFailed: 'Could not turn notifications on in this browser.'
	},
	ru: {
		faq: 'Справка',
		faqSearch: 'Поиск по справке…',
		faqHelpful: 'Это помогло?',
		faqYes: 'Да',
		faqNo: 'Нет',
		faqThanks: 'Спасибо, что ответили.',
		faqBack: 'Вернуться в чат',
		faqEmpty: 'Ничего не нашлось. Напишите нам в чат.',
		title: 'Поддержка',
		aboutOrder: 'По заказу {order}',
		online: 'В сети',
		offline: 'Нет соединения',
		connecting: 'Подключение…',
		placeholder: 'Напишите сообщение…',
		inputLabel: 'Сообщение в поддержку',
		send: 'Отправить',
		attach: 'Прикрепить фото',
		typing: '{name} печатает…',
		typingAnonymous: 'Поддержка печатает…',
		sending: 'Отправляется',
		sent: 'Отправлено',
		read: 'Прочитано',
		failed: 'Не отправлено',
		retry: 'Повторить',
		empty: 'Расскажите, что случилось: оператор обычно отвечает в течение минуты.',
		sessionExpired: 'Сессия истекла. Откройте чат заново.',
		notFound: 'Разговор не найден.',
		tooLong: 'Сообщение слишком длинное: не больше {n} {characters}.',
		// After «не больше» the noun is genitive: 1, 21 символа; 2, 5, 2000 символов.
		characters: { one: 'символа', other: 'символов' },
		flood: 'Вы отправляете сообщения слишком часто. Подождите несколько секунд и отправьте снова.',
		busy: 'Сейчас нам пишут очень многие. Сообщение отправляется и скоро дойдёт.',
		notEmpty: 'Напишите текст или прикрепите фото.',
		imageType: 'Можно отправить только изображения JPEG, PNG, GIF и WebP.',
		imageSize: 'Изображение слишком большое.',
		generic: 'Что-то пошло не так. Попробуйте ещё раз.',
		today: 'Сегодня',
		yesterday: 'Вчера',
		support: 'Поддержка',
		bot: 'Помощник',
		photo: 'Фото',
		imageUnavailable: 'Изображение недоступно',
		close: 'Закрыть чат',
		dismiss: 'Скрыть',
		log: 'Переписка со службой поддержки',
		queuePlace: 'Вы {place}-й в очереди',
		queueWait: 'ожидание: около {min} мин',
		queueMore: 'ожидание: более {min} мин',
		sideSend: 'Отправить',
		sideRemark: 'Комментарий (необязательно)',
		queueUnknown: 'сейчас нет операторов в сети: время ожидания неизвестно',
		notices: 'Уведомления',
		noticesUnseen: 'Уведомления: новых — {n}',
		noticesEmpty: 'Пока ничего. Здесь мы сообщим, если заказ опаздывает или время доставки изменилось.',
		noticeSwitches: 'Сообщать, когда',
		notice_ORDER_LATE: 'заказ опаздывает',
		notice_LATE_CARE_CREDITED: 'начислен бонус за опоздание',
		notice_ETA_CHANGED: 'меняется время доставки',
		notice_COURIER_NEAR: 'курьер рядом',
		notice_DELIVERED: 'заказ доставлен',
		notice_ITEM_CANCELLED: 'ресторан отменил позицию',
		notice_PAYMENT_DECLINED: 'карта отклонена',
		somethingWrong: 'Что-то не так?',
		somethingWrongText: 'С заказом {order} что-то не так: ',
		pushOffer: 'Получать эти уведомления на этом устройстве, даже когда чат закрыт?',
		pushYes: 'Включить',
		pushNo: 'Не сейчас',
		pushOn: 'Уведомления приходят на это устройство.',
		pushBlocked: 'Уведомления запрещены в настройках браузера.',
		pushFailed: 'Не удалось включить уведомления в этом браузере.'
	},
	uz: {
		faq: 'Maʼlumotnoma',
		faqSearch: 'Maʼlumotnomadan qidirish…',
		faqHelpful: 'Bu yordam berdimi?',
		faqYes: 'Ha',
		faqNo: 'Yoʻq',
		faqThanks: 'Javobingiz uchun rahmat.',
		faqBack: 'Chatga qaytish',
		faqEmpty: 'Hech narsa topilmadi. Bizga chatda yozing.',
		title: "Qo'llab-quvvatlash",
		aboutOrder: '{order} buyurtma bo\'yicha',
		online: 'Onlayn',
		offline: "Aloqa yo'q",
		connecting: 'Ulanmoqda…',
		placeholder: 'Xabar yozing…',
		inputLabel: "Qo'llab-quvvatlash xizmatiga xabar",
		send: 'Yuborish',
		attach: 'Rasm biriktirish',
		typing: '{name} yozmoqda…',
		typingAnonymous: 'Operator yozmoqda…',
		sending: 'Yuborilmoqda',
		sent: 'Yuborildi',
		read: "O'qildi",
		failed: 'Yuborilmadi',
		retry: 'Qayta yuborish',
		empty: "Nima bo'lganini yozing: operator odatda bir daqiqa ichida javob beradi.",
		sessionExpired: 'Sessiya muddati tugadi. Davom etish uchun chatni qaytadan oching.',
		notFound: 'Suhbat topilmadi.',
		tooLong: "Xabar juda uzun: ko'pi bilan {n} ta {characters}.",
		// A noun after a number stays singular in Uzbek.
		characters: { other: 'belgi' },
		flood: "Xabarlarni juda tez yuboryapsiz. Bir necha soniya kutib, qayta yuboring.",
		busy: "Hozir bizga juda ko'p odam yozmoqda. Xabaringiz yuborilmoqda va tez orada yetib boradi.",
		notEmpty: 'Matn yozing yoki rasm biriktiring.',
		imageType: 'Faqat JPEG, PNG, GIF va WebP rasmlarini yuborish mumkin.',
		imageSize: 'Rasm juda katta.',
		generic: "Nimadir xato ketdi. Qayta urinib ko'ring.",
		today: 'Bugun',
		yesterday: 'Kecha',
		support: "Qo'llab-quvvatlash",
		bot: 'Yordamchi',
		photo: 'Rasm',
		imageUnavailable: 'Rasm mavjud emas',
		close: 'Chatni yopish',
		dismiss: 'Yopish',
		log: "Qo'llab-quvvatlash xizmati bilan suhbat",
		queuePlace: 'Navbatda {place}-o\'rindasiz',
		queueWait: 'kutish: taxminan {min} daqiqa',
		queueMore: 'kutish: {min} daqiqadan ko\'p',
		sideSend: 'Yuborish',
		sideRemark: 'Izoh (ixtiyoriy)',
		queueUnknown: 'hozir onlayn operator yo\'q: kutish vaqti nomaʼlum',
		notices: 'Bildirishnomalar',
		noticesUnseen: 'Bildirishnomalar: {n} ta yangi',
		noticesEmpty: 'Hozircha hech narsa yo\'q. Buyurtma kechiksa yoki vaqti o\'zgarsa, shu yerda xabar beramiz.',
		noticeSwitches: 'Qachon xabar berilsin',
		notice_ORDER_LATE: 'buyurtma kechikayotganda',
		notice_LATE_CARE_CREDITED: 'kechikish uchun bonus berilganda',
		notice_ETA_CHANGED: 'yetkazish vaqti o\'zgarganda',
		notice_COURIER_NEAR: 'kuryer yaqinlashganda',
		notice_DELIVERED: 'buyurtma yetkazilganda',
		notice_ITEM_CANCELLED: 'restoran taomni bekor qilganda',
		notice_PAYMENT_DECLINED: 'karta rad etilganda',
		somethingWrong: 'Nimadir noto\'g\'rimi?',
		somethingWrongText: '{order} buyurtmada muammo bor: ',
		pushOffer: 'Chat yopiq bo\'lsa ham, bu bildirishnomalar shu qurilmaga kelsinmi?',
		pushYes: 'Yoqish',
		pushNo: 'Hozir emas',
		pushOn: 'Bildirishnomalar shu qurilmaga keladi.',
		pushBlocked: 'Bildirishnomalar brauzer sozlamalarida taqiqlangan.',
		pushFailed: 'Bu brauzerda bildirishnomalarni yoqib bo\'lmadi.'
	}
};

/** BCP 47 tags for dates, times and plural rules. */
export const LANGUAGE_TAGS = { en: 'en-GB', ru: 'ru-RU', uz: 'uz-Latn-UZ' };

/** The locale the widget speaks: the one asked for when it knows it, otherwise Russian. */
export function localeOf(requested) {
	return Object.prototype.hasOwnProperty.call(STRINGS, requested) ? requested : 'ru';
}

export function strings(locale) {
	return STRINGS[localeOf(locale)];
}

/** The template with its {name} placeholders filled; unknown ones are left as they are. */
export function format(template, values) {
	return String(template).replace(/\{(\w+)\}/g, (all, key) =>
		(values && values[key] != null) ? String(values[key]) : all);
}

/**
 * The form of a word for a count: forms keyed by the plural category of the locale
 * (one, few, many, other); a category without its own form takes "other".
 */
export function plural(locale, n, forms) {
	let category = 'other';
	try {
		category = new Intl.PluralRules(LANGUAGE_TAGS[localeOf(locale)]).select(Number(n));
	}
	catch (e) {
		// an engine without plural rules: the general form
	}
	return (forms && forms[category] != null) ? forms[category] : (forms ? forms.other : '');
}

/** "The message is too long: at most n characters", with the word agreeing with n. */
export function tooLongText(locale, n) {
	const t = strings(locale);
	return format(t.tooLong, { n, characters: plural(locale, n, t.characters || {}) });
}
