package io.yordam.demo;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.yordam.demo.DemoPhrases.Reason;
import io.yordam.demo.DemoWorld.Customer;
import io.yordam.demo.DemoWorld.Dish;
import io.yordam.demo.DemoWorld.Restaurant;

import static org.assertj.core.api.Assertions.assertThat;

class DemoWorldTests {

	private final DemoWorld world = DemoWorld.generate(42);

	@Test
	void isTheSameWorldForTheSameSeed() {
		DemoWorld again = DemoWorld.generate(42);
		assertThat(again.customers()).isEqualTo(this.world.customers());
		assertThat(again.couriers()).isEqualTo(this.world.couriers());
		assertThat(again.restaurants()).isEqualTo(this.world.restaurants());
		assertThat(DemoWorld.generate(43).customers()).isNotEqualTo(this.world.customers());
	}

	@Test
	void hasThreeHundredCustomersWithUniqueIdsAndPhones() {
		assertThat(this.world.customers()).hasSize(300);
		assertThat(this.world.customers().get(0).id()).isEqualTo("c-0001");
		assertThat(this.world.customers().get(299).id()).isEqualTo("c-0300");
		assertThat(this.world.customers()).extracting(Customer::id).doesNotHaveDuplicates();
		assertThat(this.world.customers()).extracting(Customer::phone)
			.doesNotHaveDuplicates()
			.allMatch(phone -> phone.matches("\\+99890\\d{7}"));
		assertThat(this.world.customers()).extracting(Customer::name).allMatch(name -> name.contains(" "));
	}

	@Test
	void speaksRussianUzbekAndEnglishMostlyRussianAndUzbek() {
		Map<String, Long> byLocale = this.world.customers()
			.stream()
			.collect(Collectors.groupingBy(Customer::locale, Collectors.counting()));
		assertThat(byLocale).containsOnlyKeys("ru", "uz", "en");
		assertThat(byLocale.get("ru") + byLocale.get("uz")).isGreaterThan(byLocale.get("en") * 4);
		assertThat(this.world.customers()).filteredOn(c -> c.locale().equals("ru"))
			.extracting(Customer::name)
			.allMatch(name -> name.codePoints()
				.anyMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CYRILLIC));
		assertThat(this.world.customer("c-0001")).get().extracting(Customer::name).isEqualTo("Алексей Смирнов");
	}

	@Test
	void coversAllSixCities() {
		assertThat(this.world.cities()).containsExactly("Tashkent", "Samarkand", "Bukhara", "Andijan", "Fergana",
				"Kokand");
		for (String city : this.world.cities()) {
			assertThat(this.world.restaurantsIn(city)).as(city).hasSizeGreaterThanOrEqualTo(3);
			assertThat(this.world.couriersIn(city)).as(city).isNotEmpty();
			assertThat(this.world.customers()).as(city).anyMatch(c -> c.city().equals(city));
		}
		assertThat(this.world.couriers()).hasSize(40)
			.allMatch(c -> c.phone().matches("\\+998\\d{9}") && c.name().contains(" "));
	}

	@Test
	void pricesMenusInSomWithRealisticDeliveryFees() {
		assertThat(this.world.restaurants()).allSatisfy(r -> {
			assertThat(r.menu()).isNotEmpty().allMatch(d -> d.price() > 0 && d.price() % 500 == 0);
			assertThat(r.deliveryFee()).isBetween(9_000L, 15_000L);
		});
		Map<String, Dish> dishes = this.world.restaurants()
			.stream()
			.flatMap(r -> r.menu().stream())
			.collect(Collectors.toMap(Dish::sku, Function.identity()));
		assertThat(dishes.values()).extracting(Dish::name)
			.anyMatch(n -> n.startsWith("Plov"))
			.anyMatch(n -> n.startsWith("Samsa"))
			.anyMatch(n -> n.startsWith("Lagman"))
			.anyMatch(n -> n.startsWith("Shashlik"))
			.anyMatch(n -> n.contains("Pizza"))
			.anyMatch(n -> n.contains("roll"));
		assertThat(dishes.values()).filteredOn(d -> d.name().startsWith("Plov"))
			.allMatch(d -> d.price() >= 35_000 && d.price() <= 60_000);
		assertThat(this.world.restaurants()).extracting(Restaurant::id).doesNotHaveDuplicates();
	}

	@Test
	void featuresTwentyFourCustomersInEveryLanguage() {
		assertThat(this.world.featured()).hasSize(24).doesNotHaveDuplicates();
		assertThat(this.world.featured()).extracting(Customer::locale).contains("ru", "uz", "en");
		assertThat(this.world.featured()).extracting(Customer::id).startsWith("c-0001", "c-0002");
	}

	@Test
	void hasSomethingToSayForEveryReasonInEveryLanguage() {
		for (Reason reason : Reason.values()) {
			for (String locale : new String[] { "ru", "uz", "en" }) {
				assertThat(DemoPhrases.of(reason, locale)).as(reason + " " + locale)
					.isNotEmpty()
					.allMatch(text -> !text.isBlank());
			}
		}
	}

}
