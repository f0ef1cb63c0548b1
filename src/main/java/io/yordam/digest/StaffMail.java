package io.yordam.digest;

/**
 * Mail to the staff, implemented by the email channel when it is on: the report hands
 * over the letter, the channel queues and sends it.
 */
public interface StaffMail {

	/**
	 * Queues the letter in the caller's transaction, once per key.
	 * @return whether this call queued it (false: it was queued before)
	 */
	boolean send(StaffLetter letter);

}
