/**
 * Mobile push through Firebase Cloud Messaging's HTTP v1 API, a plug-in: the app
 * registers its FCM token and each notice reaches it as a notification with the order in
 * its data. Authenticated as a Google service account (OAuth2, by
 * {@code google-auth-library}); the API's address is configurable (a local fake in the
 * tests). Off unless {@code yordam.fcm.enabled}; nothing else in Yordam names it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mobile push (FCM)")
package io.yordam.fcm;
