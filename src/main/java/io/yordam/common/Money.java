package io.yordam.common;

/**
 * An amount in Uzbek so'm. UZS has no minor unit in practice, so a long of so'm is exact.
 */
public record Money(long som) implements Comparable<Money> {

	public static final Money ZERO = new Money(0);

	public static Money som(long som) {
		return new Money(som);
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(this.som, other.som));
	}

	public Money times(int quantity) {
		return new Money(Math.multiplyExact(this.som, quantity));
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(this.som, other.som);
	}

	@Override
	public String toString() {
		return this.som + " UZS";
	}

}
