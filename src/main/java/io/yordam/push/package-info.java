/**
 * Push delivery: the devices a customer registered (browsers' Web Push subscriptions, the
 * mobile app's FCM tokens) and each notice's delivery to each of them, once per (notice,
 * device), through persisted db-scheduler executions retried with backoff (a push
 * service's Retry-After respected) and given up after a limit; a device its push service
 * says is gone (404/410) is removed. The transports are plug-in packages
 * ({@code io.yordam.webpush}, {@code io.yordam.fcm}) that each provide a
 * {@link io.yordam.push.PushTransport}; with none configured nothing is sent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Push delivery")
package io.yordam.push;
