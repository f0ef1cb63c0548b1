package io.yordam.orders;

public enum PaymentMethod {

	CARD, CASH

}
