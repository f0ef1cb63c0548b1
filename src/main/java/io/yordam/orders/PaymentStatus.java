package io.yordam.orders;

public enum PaymentStatus {

	PAID, PENDING, FAILED, REFUNDED

}
