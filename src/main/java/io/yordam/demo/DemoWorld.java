package io.yordam.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo service's people and places, generated once from a seed so that every run (and
 * every test) sees the same customers, couriers and menus.
 */
final class DemoWorld {

	private final List<Restaurant> restaurants;

	private final List<Courier> couriers;

	private final List<Customer> customers;

	private final List<Customer> featured;

	private final Map<String, Customer> customersById;

	private final Map<String, Courier> couriersById;

	DemoWorld(List<Restaurant> restaurants, List<Courier> couriers, List<Customer> customers, List<Customer> featured) {
		this.restaurants = List.copyOf(restaurants);
		this.couriers = List.copyOf(couriers);
		this.customers = List.copyOf(customers);
		this.featured = List.copyOf(featured);
		this.customersById = this.customers.stream().collect(Collectors.toMap(Customer::id, Function.identity()));
		this.couriersById = this.couriers.stream().collect(Collectors.toMap(Courier::id, Function.identity()));
	}

	static DemoWorld generate(long seed) {
		return new DemoWorldGenerator(seed).generate();
	}

	List<String> cities() {
		return DemoMenus.CITIES;
	}

	List<Restaurant> restaurants() {
		return this.restaurants;
	}

	List<Courier> couriers() {
		return this.couriers;
	}

	List<Customer> customers() {
		return this.customers;
	}

	/** The customers the demo page offers to play: a mix of languages and cities. */
	List<Customer> featured() {
		return this.featured;
	}

	Optional<Customer> customer(String id) {
		return Optional.ofNullable(this.customersById.get(id));
	}

	Optional<Courier> courier(String id) {
		return Optional.ofNullable(this.couriersById.get(id));
	}

	Optional<Restaurant> restaurant(String id) {
		return this.restaurants.stream().filter(r -> r.id().equals(id)).findFirst();
	}

	List<Restaurant> restaurantsIn(String city) {
		return this.restaurants.stream().filter(r -> r.city().equals(city)).toList();
	}

	List<Courier> couriersIn(String city) {
		return this.couriers.stream().filter(c -> c.city().equals(city)).toList();
	}

	record Dish(String sku, String name, long price) {
	}

	record Restaurant(String id, String name, String city, long deliveryFee, List<Dish> menu) {
	}

	record Courier(String id, String name, String phone, String city) {

		@Override
		public String toString() {
			return "Courier[" + this.id + "]";
		}

	}

	record Customer(String id, String name, String phone, String locale, String city) {

		@Override
		public String toString() {
			return "Customer[" + this.id + " " + this.locale + "]";
		}

	}

}
