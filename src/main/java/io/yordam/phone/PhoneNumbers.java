package io.yordam.phone;

/** A number's digits as people read them: +998 90 123 45 67. */
final class PhoneNumbers {

	private PhoneNumbers() {
	}

	static String display(String digits) {
		if (digits.length() == 12 && digits.startsWith("998")) {
			return "+998 " + digits.substring(3, 5) + " " + digits.substring(5, 8) + " " + digits.substring(8, 10) + " "
					+ digits.substring(10);
		}
		return "+" + digits;
	}

}
