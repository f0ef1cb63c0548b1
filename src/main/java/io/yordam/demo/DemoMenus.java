package io.yordam.demo;

import java.util.List;
import java.util.Map;

/**
 * What the demo service sells: a menu per kind of place with base prices in so'm (about
 * what Tashkent charged in 2025), and four places in each city. A dish's piece count is
 * in brackets ("Manti (5)"), not "5 pcs": the platform gives one name, read on Russian,
 * Uzbek and English screens alike.
 */
final class DemoMenus {

	static final List<String> CITIES = List.of("Tashkent", "Samarkand", "Bukhara", "Andijan", "Fergana", "Kokand");

	static final Map<Kind, List<Item>> MENUS = Map.of(Kind.CHOYXONA,
			List.of(new Item("plov", "Plov choyxona", 45_000), new Item("lagman", "Lagman", 38_000),
					new Item("samsa", "Samsa tandir", 9_000), new Item("shashlik-beef", "Shashlik, beef", 22_000),
					new Item("shashlik-lamb", "Shashlik, lamb", 25_000), new Item("manti", "Manti (5)", 35_000),
					new Item("shurpa", "Shurpa", 36_000), new Item("chuchvara", "Chuchvara", 32_000),
					new Item("non", "Non", 5_000), new Item("achichuk", "Achichuk salad", 15_000),
					new Item("tea", "Green tea, pot", 8_000)),
			Kind.SAMSA,
			List.of(new Item("samsa-beef", "Samsa, beef", 9_000), new Item("samsa-pumpkin", "Samsa, pumpkin", 7_000),
					new Item("samsa-chicken", "Samsa, chicken", 8_000), new Item("non", "Tandir non", 5_000),
					new Item("chuchvara", "Chuchvara", 30_000), new Item("ayran", "Ayran", 8_000),
					new Item("tea", "Black tea", 5_000)),
			Kind.BURGER,
			List.of(new Item("burger", "Classic burger", 42_000), new Item("cheeseburger", "Cheeseburger", 46_000),
					new Item("double", "Double burger", 62_000), new Item("chicken", "Chicken burger", 39_000),
					new Item("fries", "French fries", 18_000), new Item("nuggets", "Nuggets (9)", 28_000),
					new Item("cola", "Cola 0.5 l", 9_000), new Item("shake", "Milkshake", 24_000)),
			Kind.PIZZA,
			List.of(new Item("margherita", "Pizza Margherita 30 cm", 69_000),
					new Item("pepperoni", "Pizza Pepperoni 30 cm", 79_000),
					new Item("four-cheese", "Pizza Four cheese 30 cm", 85_000),
					new Item("bbq", "Pizza Chicken BBQ 30 cm", 82_000),
					new Item("garlic-bread", "Garlic bread", 22_000), new Item("caesar", "Caesar salad", 45_000),
					new Item("lemonade", "Lemonade 1 l", 25_000)),
			Kind.SUSHI,
			List.of(new Item("philadelphia", "Philadelphia roll", 89_000),
					new Item("california", "California roll", 72_000), new Item("nigiri", "Salmon nigiri (2)", 34_000),
					new Item("spicy-tuna", "Spicy tuna roll", 68_000), new Item("set", "Set Tokyo (32)", 219_000),
					new Item("miso", "Miso soup", 29_000), new Item("tea", "Green tea", 12_000)),
			Kind.COFFEE,
			List.of(new Item("cappuccino", "Cappuccino", 28_000), new Item("latte", "Latte", 30_000),
					new Item("americano", "Americano", 22_000), new Item("croissant", "Croissant", 24_000),
					new Item("cheesecake", "Cheesecake", 38_000), new Item("medovik", "Medovik", 32_000),
					new Item("cocoa", "Hot chocolate", 29_000)),
			Kind.LAVASH,
			List.of(new Item("lavash-chicken", "Lavash, chicken", 32_000),
					new Item("lavash-beef", "Lavash, beef", 36_000), new Item("shawarma", "Shawarma", 34_000),
					new Item("hot-dog", "Hot-dog", 18_000), new Item("fries", "Fries", 15_000),
					new Item("cola", "Cola 0.5 l", 9_000)));

	/** Four places per city, in the order of {@link #CITIES}. */
	static final List<Place> PLACES = List.of(new Place("Tashkent", "Choyxona Navro'z", Kind.CHOYXONA),
			new Place("Tashkent", "Burger Bazaar", Kind.BURGER), new Place("Tashkent", "Sakura Sushi", Kind.SUSHI),
			new Place("Tashkent", "Kofe Dom", Kind.COFFEE),
			new Place("Samarkand", "Registon Osh Markazi", Kind.CHOYXONA),
			new Place("Samarkand", "Samsa Ota", Kind.SAMSA), new Place("Samarkand", "Pizza Marakanda", Kind.PIZZA),
			new Place("Samarkand", "Lavash Express", Kind.LAVASH),
			new Place("Bukhara", "Labi Hovuz Choyxona", Kind.CHOYXONA),
			new Place("Bukhara", "Bukhara Pizza", Kind.PIZZA), new Place("Bukhara", "Kofe Ark", Kind.COFFEE),
			new Place("Bukhara", "Burger Town", Kind.BURGER), new Place("Andijan", "Andijon Oshxonasi", Kind.CHOYXONA),
			new Place("Andijan", "Lavash Center", Kind.LAVASH), new Place("Andijan", "Pizza Bella", Kind.PIZZA),
			new Place("Andijan", "Samsa Bazar", Kind.SAMSA), new Place("Fergana", "Farg'ona Choyxonasi", Kind.CHOYXONA),
			new Place("Fergana", "Sushi Yama", Kind.SUSHI), new Place("Fergana", "Burger Station", Kind.BURGER),
			new Place("Fergana", "Coffee Time", Kind.COFFEE), new Place("Kokand", "Qo'qon Non Uyi", Kind.SAMSA),
			new Place("Kokand", "Xon Saroy Oshxonasi", Kind.CHOYXONA), new Place("Kokand", "Pizza Napoli", Kind.PIZZA),
			new Place("Kokand", "Lavash King", Kind.LAVASH));

	private DemoMenus() {
	}

	enum Kind {

		CHOYXONA, SAMSA, BURGER, PIZZA, SUSHI, COFFEE, LAVASH

	}

	record Item(String code, String name, long basePrice) {
	}

	record Place(String city, String name, Kind kind) {
	}

}
