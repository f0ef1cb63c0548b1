package io.yordam.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 14's open-model chat scenarios: arrivals at a fixed rate whether or not the
 * server keeps up, as real customers arrive.
 * <ul>
 * <li>{@code storm}: {@code -Dcustomers} (5,000) start conversations spread evenly over
 * {@code -Dover} seconds (600), each writing 3–6 messages 2–6 s apart from
 * src/test/resources/bench/storm-texts.tsv in the customer's language, with
 * {@code -Doperators} (40) operator sessions watching the queue.</li>
 * <li>{@code steady}: {@code -Dconversations} (1,000) open conversations, messages at
 * {@code -Drate} per second in total (200) for {@code -Dseconds} (30);
 * {@code -Dsweep=50,100,150} runs each rate in turn and reports the saturation
 * point.</li>
 * </ul>
 * {@code -Dpid=<server pid>} adds the server's CPU per message; {@code -Decho=true}
 * targets bench/stomp-echo.
 */
final class ChatScenarios {

	private ChatScenarios() {
	}

	static void storm(String base) throws Exception {
		int customers = Integer.getInteger("customers", 5000);
		int over = Integer.getInteger("over", 600);
		ChatTraffic traffic = new ChatTraffic(base);
		QueueWatch watch = (traffic.echo || Integer.getInteger("operators", 40) == 0) ? null
				: new QueueWatch(traffic, Integer.getInteger("operators", 40), System.getProperty("agentToken"));
		if (watch != null) {
			traffic.onSending = watch::sending;
			traffic.onWithdrawn = watch::withdrawn;
		}
		String run = "storm-" + UUID.randomUUID().toString().substring(0, 6);
		List<ChatTraffic.Customer> all = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger failedToOpen = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(customers);
		long cpu0 = ChatTraffic.cpuMillis();
		Instant start = Instant.now();
		ScheduledExecutorService arrivals = Executors.newScheduledThreadPool(1);
		try (ExecutorService work = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < customers; i++) {
				int n = i;
				arrivals.schedule(() -> work.submit(() -> {
					try {
						ChatTraffic.Customer customer = traffic.customer(run, n);
						all.add(customer);
						return writeAsACustomer(traffic, customer, failedToOpen);
					}
					finally {
						done.countDown();
					}
				}), TimeUnit.SECONDS.toNanos(over) * i / customers, TimeUnit.NANOSECONDS);
			}
			done.await(over + 600L, TimeUnit.SECONDS);
			arrivals.shutdownNow();
		}
		awaitDeliveries(traffic);
		long cpu = (cpu0 >= 0) ? ChatTraffic.cpuMillis() - cpu0 : -1;
		Duration elapsed = Duration.between(start, Instant.now());
		System.out.printf(Locale.ROOT,
				"storm: %d customers over %d s (%s), %.1f s in all; conversations not opened %d%n", customers, over,
				traffic.echo ? "echo" : base, elapsed.toMillis() / 1000.0, failedToOpen.get());
		traffic.report(cpu);
		if (!traffic.echo) {
			System.out.println("stored (read back through the chat API): " + stored(all) + " of "
					+ traffic.accepted.get() + " accepted");
		}
		if (watch != null) {
			watch.report();
			watch.close();
		}
		traffic.stomp.stop();
	}

	/** Opens, waits to type, writes 3–6 messages 2–6 s apart, stays for the answers. */
	private static Void writeAsACustomer(ChatTraffic traffic, ChatTraffic.Customer customer, AtomicInteger failedToOpen)
			throws Exception {
		try {
			customer.open();
		}
		catch (Exception ex) {
			failedToOpen.incrementAndGet();
			System.err.println(customer.id + ": " + ex.getMessage());
			return null;
		}
		ThreadLocalRandom random = ThreadLocalRandom.current();
		try {
			Thread.sleep(1000 + random.nextInt(2000));
			int messages = 3 + random.nextInt(4);
			for (int m = 0; m < messages; m++) {
				customer.send(traffic.textIn(customer.language));
				Thread.sleep(2000 + random.nextInt(4000));
			}
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (((customer.botPendingSince != 0 && !traffic.echo)
					|| customer.acceptedIds.stream().anyMatch(traffic.awaitingOwn::containsKey))
					&& System.nanoTime() < until) {
				Thread.sleep(100);
			}
		}
		finally {
			customer.close();
		}
		return null;
	}

	static void steady(String base) throws Exception {
		int conversations = Integer.getInteger("conversations", 1000);
		int seconds = Integer.getInteger("seconds", 30);
		List<Integer> rates = new ArrayList<>();
		for (String rate : System.getProperty("sweep", System.getProperty("rate", "200")).split(",")) {
			rates.add(Integer.parseInt(rate.trim()));
		}
		ChatTraffic traffic = new ChatTraffic(base);
		List<ChatTraffic.Customer> customers = open(traffic, conversations);
		int saturation = 0;
		for (int rate : rates) {
			// Opening (or the rate before) left work behind it (the bot's answers, the
			// listeners): each rate starts on a server that has caught up.
			Thread.sleep(TimeUnit.SECONDS.toMillis(Long.getLong("settle", 30)));
			traffic.reset();
			double p99 = phase(traffic, customers, rate, seconds);
			boolean holds = p99 < 100 && traffic.accepted.get() >= traffic.sent.get() * 0.99
					&& traffic.awaitingOwn.isEmpty();
			if (holds) {
				saturation = rate;
			}
		}
		if (rates.size() > 1) {
			System.out.println("saturation point (highest rate with p99 < 100 ms, >= 99% accepted, none lost live): "
					+ ((saturation > 0) ? saturation + " messages/s" : "below " + rates.get(0) + " messages/s"));
		}
		customers.forEach(ChatTraffic.Customer::close);
		traffic.stomp.stop();
	}

	/**
	 * Opens the conversations 16 at a time, each proven live by a warm-up message coming
	 * back.
	 */
	private static List<ChatTraffic.Customer> open(ChatTraffic traffic, int conversations) throws Exception {
		String run = "steady-" + UUID.randomUUID().toString().substring(0, 6);
		List<ChatTraffic.Customer> customers = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger cold = new AtomicInteger();
		Semaphore gate = new Semaphore(16);
		Instant start = Instant.now();
		try (ExecutorService work = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < conversations; i++) {
				int n = i;
				gate.acquire();
				work.submit(() -> {
					try {
						ChatTraffic.Customer customer = traffic.customer(run, n);
						customer.open();
						if (customer.warmUp(20_000)) {
							customers.add(customer);
						}
						else {
							cold.incrementAndGet();
							customer.close();
						}
					}
					catch (Exception ex) {
						cold.incrementAndGet();
						System.err.println("conversation " + n + ": " + ex.getMessage());
					}
					finally {
						gate.release();
					}
					return null;
				});
			}
		}
		System.out.printf(Locale.ROOT, "steady: %d conversations open and live in %.1f s (%d failed)%n",
				customers.size(), Duration.between(start, Instant.now()).toMillis() / 1000.0, cold.get());
		return customers;
	}

	/** Messages at a fixed rate, round-robin over the conversations; answers the p99. */
	private static double phase(ChatTraffic traffic, List<ChatTraffic.Customer> customers, int rate, int seconds)
			throws Exception {
		long total = (long) rate * seconds;
		AtomicLong next = new AtomicLong();
		long cpu0 = ChatTraffic.cpuMillis();
		Instant start = Instant.now();
		ScheduledExecutorService ticks = Executors.newScheduledThreadPool(1);
		try (ExecutorService work = Executors.newVirtualThreadPerTaskExecutor()) {
			CountDownLatch all = new CountDownLatch(1);
			ticks.scheduleAtFixedRate(() -> {
				long i = next.getAndIncrement();
				if (i >= total) {
					all.countDown();
					return;
				}
				ChatTraffic.Customer customer = customers.get((int) (i % customers.size()));
				work.submit(() -> customer.send(traffic.textIn(customer.language)));
			}, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
			all.await(seconds + 60L, TimeUnit.SECONDS);
			ticks.shutdownNow();
		}
		awaitDeliveries(traffic);
		long cpu = (cpu0 >= 0) ? ChatTraffic.cpuMillis() - cpu0 : -1;
		System.out.printf(Locale.ROOT,
				"steady %s: %d conversations, %d messages/s offered for %d s (%.1f s with the tail)%n",
				traffic.echo ? "echo" : traffic.base, customers.size(), rate, seconds,
				Duration.between(start, Instant.now()).toMillis() / 1000.0);
		traffic.report(cpu);
		return ChatTraffic.p99(traffic.ownDelivery);
	}

	/**
	 * Messages accepted just before the end are still on their way: 10 s before what
	 * never arrived counts as not delivered live.
	 */
	private static void awaitDeliveries(ChatTraffic traffic) throws InterruptedException {
		long grace = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!traffic.awaitingOwn.isEmpty() && System.nanoTime() < grace) {
			Thread.sleep(100);
		}
	}

	private static long stored(List<ChatTraffic.Customer> customers) throws Exception {
		AtomicLong stored = new AtomicLong();
		Semaphore gate = new Semaphore(8);
		try (ExecutorService work = Executors.newVirtualThreadPerTaskExecutor()) {
			for (ChatTraffic.Customer customer : customers) {
				if (customer.conversation == null) {
					continue;
				}
				gate.acquire();
				work.submit(() -> {
					try {
						stored.addAndGet(customer.storedOfAccepted());
					}
					finally {
						gate.release();
					}
					return null;
				});
			}
		}
		return stored.get();
	}

}
