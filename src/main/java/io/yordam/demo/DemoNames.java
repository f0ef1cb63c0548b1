package io.yordam.demo;

import java.util.List;

/**
 * The names demo people are made of. Surnames are given in the male form; the female form
 * adds "a" where the language does.
 */
final class DemoNames {

	static final List<String> RU_MALE = List.of("Алексей", "Дмитрий", "Сергей", "Андрей", "Михаил", "Иван", "Артём",
			"Никита", "Павел", "Владимир", "Евгений", "Рустам", "Тимур", "Азиз", "Шухрат", "Дильшод");

	static final List<String> RU_FEMALE = List.of("Анна", "Мария", "Елена", "Ольга", "Наталья", "Екатерина", "Татьяна",
			"Ирина", "Светлана", "Юлия", "Дарья", "Камила", "Нигора", "Зарина", "Гульнара");

	static final List<String> RU_SURNAMES = List.of("Смирнов", "Иванов", "Кузнецов", "Попов", "Соколов", "Лебедев",
			"Козлов", "Новиков", "Морозов", "Петров", "Волков", "Васильев", "Зайцев", "Павлов", "Юсупов", "Каримов",
			"Рахимов", "Алиев", "Ахмедов", "Ким", "Пак", "Цой");

	static final List<String> UZ_MALE = List.of("Jasur", "Sardor", "Bobur", "Otabek", "Aziz", "Sherzod", "Javlon",
			"Rustam", "Ulug'bek", "Doniyor", "Jamshid", "Farrux", "Akmal", "Bekzod", "Islom", "Shoxrux");

	static final List<String> UZ_FEMALE = List.of("Dilnoza", "Malika", "Nilufar", "Gulnora", "Zarina", "Madina",
			"Shahnoza", "Sevara", "Kamola", "Mohira", "Nigora", "Feruza", "Dildora", "Munisa");

	static final List<String> UZ_SURNAMES = List.of("Karimov", "Toshmatov", "Yusupov", "Rahimov", "Abdullayev",
			"Ismoilov", "Xolmatov", "Nazarov", "Ergashev", "Saidov", "Qodirov", "Mirzayev", "Tursunov", "Umarov",
			"Sobirov", "Aliyev");

	static final List<String> EN_MALE = List.of("James", "Michael", "David", "Daniel", "Thomas", "Oliver", "Ryan",
			"Mark");

	static final List<String> EN_FEMALE = List.of("Emily", "Sarah", "Olivia", "Sophie", "Emma", "Laura", "Hannah",
			"Kate");

	static final List<String> EN_SURNAMES = List.of("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Evans", "Walker",
			"Wright", "Thompson", "Clark", "Miller", "Lee");

	/** Surnames with no separate female form. */
	static final List<String> INVARIANT = List.of("Ким", "Пак", "Цой");

	private DemoNames() {
	}

	static String surname(String male, boolean female, String locale) {
		if (!female || "en".equals(locale) || INVARIANT.contains(male)) {
			return male;
		}
		// Cyrillic "а" for Russian, Latin "a" for Uzbek.
		return male + ("ru".equals(locale) ? "\u0430" : "a");
	}

}
