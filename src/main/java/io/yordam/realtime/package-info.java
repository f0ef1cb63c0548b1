/**
 * Live updates over WebSocket/STOMP: the endpoint, who may connect (an operator's session
 * or a platform-signed token in the CONNECT frame), and who may subscribe to what,
 * decided by the {@link io.yordam.realtime.TopicGuard}s the business modules contribute.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Realtime")
package io.yordam.realtime;
