package io.yordam.email;

import java.util.List;

import io.yordam.digest.StaffLetter;
import io.yordam.digest.StaffMail;

/**
 * Mail to an operator (the weekly report) through the outbox, once per letter's key: a
 * new thread, from the support address, in no conversation.
 */
final class MailToStaff implements StaffMail {

	private final MailOutbox outbox;

	MailToStaff(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public boolean send(StaffLetter letter) {
		return this.outbox.queue(new MailOutbox.Letter(letter.key(), null, letter.to(), letter.subject(), letter.text(),
				letter.html(), letter.language(), null, List.of()));
	}

}
