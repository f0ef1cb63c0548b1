package io.yordam.email;

import io.yordam.access.PlatformUser;

/**
 * Who a mail address is: linking an address to a platform customer, courier or partner
 * makes their mail part of that participant's history from then on.
 */
public interface EmailContacts {

	void link(String address, PlatformUser participant);

}
