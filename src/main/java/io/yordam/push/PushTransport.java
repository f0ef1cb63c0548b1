package io.yordam.push;

/**
 * One way to push to a device, provided as a bean by a plug-in package. Sends one message
 * to one device and says how it went; it never throws for an answer of the push service.
 */
public interface PushTransport {

	DeviceKind kind();

	PushResult send(PushDevice device, PushMessage message);

}
