package io.yordam.orders;

import jakarta.persistence.Embeddable;

import io.yordam.common.Money;

@Embeddable
record OrderLine(String sku, String name, int quantity, long unitPrice) {

	OrderView.Line view() {
		return new OrderView.Line(this.sku, this.name, this.quantity, Money.som(this.unitPrice));
	}

}
