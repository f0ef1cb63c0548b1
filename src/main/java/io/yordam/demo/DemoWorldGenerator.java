package io.yordam.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.yordam.demo.DemoWorld.Courier;
import io.yordam.demo.DemoWorld.Customer;
import io.yordam.demo.DemoWorld.Dish;
import io.yordam.demo.DemoWorld.Restaurant;

/** Makes a {@link DemoWorld} from a seed; the same seed gives the same world. */
final class DemoWorldGenerator {

	static final int CUSTOMERS = 300;

	static final int COURIERS = 40;

	static final int FEATURED = 24;

	/** Where the customers live: the capital is most of the business. */
	private static final double[] CITY_SHARE = { 0.45, 0.15, 0.10, 0.10, 0.10, 0.10 };

	/** The first customers are fixed, so that docs and tests can name them. */
	private static final List<Customer> HEROES = List.of(
			new Customer("c-0001", "Алексей Смирнов", "+998901234501", "ru", "Tashkent"),
			new Customer("c-0002", "Dilnoza Karimova", "+998901234502", "uz", "Tashkent"),
			new Customer("c-0003", "Jasur Toshmatov", "+998901234503", "uz", "Samarkand"),
			new Customer("c-0004", "Emily Clark", "+998901234504", "en", "Tashkent"));

	private static final List<String> COURIER_PREFIXES = List.of("+99893", "+99894", "+99897", "+99899", "+99833",
			"+99888");

	private final Random random;

	private final Set<String> phones = new HashSet<>();

	DemoWorldGenerator(long seed) {
		this.random = new Random(seed);
	}

	DemoWorld generate() {
		List<Restaurant> restaurants = restaurants();
		List<Courier> couriers = couriers();
		List<Customer> customers = customers();
		return new DemoWorld(restaurants, couriers, customers, featured(customers));
	}

	private List<Restaurant> restaurants() {
		List<Restaurant> restaurants = new ArrayList<>();
		for (DemoMenus.Place place : DemoMenus.PLACES) {
			String id = "r-%02d".formatted(restaurants.size() + 1);
			// Each place prices the shared menu a little differently.
			double markup = 0.9 + this.random.nextDouble() * 0.25;
			List<Dish> menu = DemoMenus.MENUS.get(place.kind())
				.stream()
				.map(item -> new Dish(id + "-" + item.code(), item.name(), roundTo500(item.basePrice() * markup)))
				.toList();
			long deliveryFee = 9_000 + 1_000L * this.random.nextInt(7);
			restaurants.add(new Restaurant(id, place.name(), place.city(), deliveryFee, menu));
		}
		return restaurants;
	}

	private List<Courier> couriers() {
		List<Courier> couriers = new ArrayList<>();
		for (int i = 0; i < COURIERS; i++) {
			// Ten in the capital, six in each other city.
			String city = (i < 10) ? DemoMenus.CITIES.get(0) : DemoMenus.CITIES.get(1 + (i - 10) / 6);
			String name = pick(DemoNames.UZ_MALE) + " " + pick(DemoNames.UZ_SURNAMES);
			couriers.add(new Courier("k-%03d".formatted(i + 1), name, phone(pick(COURIER_PREFIXES)), city));
		}
		return couriers;
	}

	private List<Customer> customers() {
		List<Customer> customers = new ArrayList<>(HEROES);
		HEROES.forEach(h -> this.phones.add(h.phone()));
		while (customers.size() < CUSTOMERS) {
			String locale = locale();
			boolean female = this.random.nextBoolean();
			String id = "c-%04d".formatted(customers.size() + 1);
			customers.add(new Customer(id, name(locale, female), phone("+99890"), locale, city()));
		}
		return customers;
	}

	/** The heroes, then the first customers of each language, in id order. */
	private static List<Customer> featured(List<Customer> customers) {
		List<Customer> featured = new ArrayList<>(HEROES);
		int[] quota = { 9, 8, 3 };
		List<String> locales = List.of("ru", "uz", "en");
		for (Customer customer : customers.subList(HEROES.size(), customers.size())) {
			int index = locales.indexOf(customer.locale());
			if (quota[index] > 0 && featured.size() < FEATURED) {
				quota[index]--;
				featured.add(customer);
			}
		}
		return featured;
	}

	private String locale() {
		double roll = this.random.nextDouble();
		return (roll < 0.45) ? "ru" : (roll < 0.87) ? "uz" : "en";
	}

	private String name(String locale, boolean female) {
		return switch (locale) {
			case "ru" -> pick(female ? DemoNames.RU_FEMALE : DemoNames.RU_MALE) + " "
					+ DemoNames.surname(pick(DemoNames.RU_SURNAMES), female, locale);
			case "uz" -> pick(female ? DemoNames.UZ_FEMALE : DemoNames.UZ_MALE) + " "
					+ DemoNames.surname(pick(DemoNames.UZ_SURNAMES), female, locale);
			default -> pick(female ? DemoNames.EN_FEMALE : DemoNames.EN_MALE) + " " + pick(DemoNames.EN_SURNAMES);
		};
	}

	private String city() {
		double roll = this.random.nextDouble();
		for (int i = 0; i < CITY_SHARE.length; i++) {
			roll -= CITY_SHARE[i];
			if (roll < 0) {
				return DemoMenus.CITIES.get(i);
			}
		}
		return DemoMenus.CITIES.get(0);
	}

	/** A phone number nobody else in the world has. */
	private String phone(String prefix) {
		String phone;
		do {
			phone = prefix + (1_000_000 + this.random.nextInt(9_000_000));
		}
		while (!this.phones.add(phone));
		return phone;
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static long roundTo500(double price) {
		return Math.round(price / 500) * 500;
	}

}
