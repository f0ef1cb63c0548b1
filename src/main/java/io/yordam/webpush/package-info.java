/**
 * Web Push, a plug-in: a browser's subscription (registered by the chat widget after the
 * customer allowed notifications) receives each notice, encrypted for it (RFC 8291,
 * aes128gcm) and signed with the server's VAPID key (RFC 8292) by the
 * {@code com.interaso:webpush} library, sent with the JDK's HttpClient. Off unless
 * {@code yordam.webpush.enabled}; nothing else in Yordam names it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web Push channel")
package io.yordam.webpush;
