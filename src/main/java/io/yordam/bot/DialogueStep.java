package io.yordam.bot;

/**
 * What the bot asked and waits for: the question a customer's next words, photo or tap
 * answer. Stored with the session by name.
 */
enum DialogueStep {

	NONE, PICK_ORDER, PICK_ITEMS, PHOTO, FOOD_PROBLEM, OFFERED, FAQ_FEEDBACK, CONFIRM_CONTEXT, WHAT_CAME

}
