package io.yordam.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.ConversationView;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;
import io.yordam.conversations.QuickReply;
import io.yordam.customers.Customers;
import io.yordam.incidents.Acting;
import io.yordam.incidents.IncidentDesk;
import io.yordam.incidents.IncidentEligibility;
import io.yordam.incidents.IncidentFacts;
import io.yordam.incidents.IncidentProgressed;
import io.yordam.incidents.IncidentType;
import io.yordam.knowledge.ArticleView;
import io.yordam.knowledge.KnowledgeBase;
import io.yordam.ledger.Ledger;
import io.yordam.ledger.LedgerLine;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import io.yordam.orders.PaymentStatus;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bot's dialogue. Each customer message is read once (the session remembers the last
 * one it read, under a lock), understood against the customer's live orders, and
 * answered: with the order's state, a playbook run to its options, an article, or a
 * hand-off to a person with a summary. Every answer has an id derived from the message it
 * answers, so a retried run posts nothing twice.
 */
@Service
class SupportBot {

	private final BotSessionRepository sessions;

	private final IntentClassifier classifier;

	private final Conversations conversations;

	private final TicketDesk tickets;

	private final Orders orders;

	private final IncidentDesk incidents;

	private final KnowledgeBase knowledge;

	private final Ledger ledger;

	private final Customers customers;

	private final BotTexts texts;

	private final HandOffs handOffs;

	private final BotProperties properties;

	private final ObjectMapper mapper;

	private final Clock clock;

	SupportBot(BotSessionRepository sessions, IntentClassifier classifier, Conversations conversations,
			TicketDesk tickets, Orders orders, IncidentDesk incidents, KnowledgeBase knowledge, Ledger ledger,
			Customers customers, BotTexts texts, HandOffs handOffs, BotProperties properties, ObjectMapper mapper,
			Clock clock) {
		this.sessions = sessions;
		this.classifier = classifier;
		this.conversations = conversations;
		this.tickets = tickets;
		this.orders = orders;
		this.incidents = incidents;
		this.knowledge = knowledge;
		this.ledger = ledger;
		this.customers = customers;
		this.texts = texts;
		this.handOffs = handOffs;
		this.properties = properties;
		this.mapper = mapper;
		this.clock = clock;
	}

	/** Reads and answers what the customer wrote since the bot last looked. */
	@Transactional
	public void process(UUID conversationId) {
		Instant now = this.clock.instant();
		BotSession session = this.sessions.lockById(conversationId).orElse(null);
		// Read under the session's lock: an agent may have taken it meanwhile.
		Optional<TicketSummary> found = this.tickets.findOfConversation(conversationId);
		if (found.isEmpty()) {
			// The ticket is still opening: its "opened" event brings the bot back.
			return;
		}
		TicketSummary ticket = found.get();
		if (session == null) {
			if (ticket.status() != TicketStatus.BOT) {
				// Couriers, partners, conversations support started: never the bot's.
				return;
			}
			ConversationView chat = this.conversations.find(new ConversationId(conversationId)).orElseThrow();
			session = this.sessions.saveAndFlush(BotSession.start(conversationId, ticket.id().value(),
					chat.participantId(), BotTexts.supported(chat.participantLocale()), true, now));
		}
		boolean botMayAnswer = ticket.status() == TicketStatus.BOT
				|| (ticket.status() == TicketStatus.SOLVED && session.mode() == BotSession.Mode.CLOSED);
		if (!botMayAnswer) {
			session.personTookOver(now);
		}
		Turn turn = null;
		for (MessageView message : this.conversations.messagesAfter(new ConversationId(conversationId),
				session.lastSeq(), 100)) {
			session.seen(message.seq());
			if (message.authorKind() == AuthorKind.AGENT) {
				session.personTookOver(now);
			}
			else if (message.authorKind() == AuthorKind.PARTICIPANT && session.botAnswers()) {
				// The customer's orders and chat are read only when there is something to
				// answer.
				turn = (turn != null) ? turn
						: new Turn(session, this.conversations.find(new ConversationId(conversationId)).orElseThrow());
				turn.answer(message);
			}
		}
		this.sessions.save(session);
	}

	/**
	 * The bot failed on a message (a defect, not a race): it skips what it could not read
	 * and hands the customer to a person, rather than stay silent on every retry.
	 */
	@Transactional
	public void recover(UUID conversationId) {
		this.sessions.lockById(conversationId).ifPresent(session -> {
			List<MessageView> unread = this.conversations.messagesAfter(new ConversationId(conversationId),
					session.lastSeq(), 100);
			unread.forEach(m -> session.seen(m.seq()));
			MessageView last = unread.isEmpty() ? null : unread.getLast();
			this.handOffs.handOff(session, null, "bot-error", last, false, "bot-error-" + session.lastSeq());
			this.sessions.save(session);
		});
	}

	/**
	 * One of the bot's incidents moved on: done means contained; a limit means a person.
	 */
	@Transactional
	public void incidentProgressed(IncidentProgressed event) {
		this.sessions.lockById(event.conversationId()).ifPresent(session -> {
			if (!event.incidentId().equals(session.incidentId()) || session.mode() != BotSession.Mode.ACTIVE) {
				return;
			}
			Instant now = this.clock.instant();
			boolean botHasIt = this.tickets.findOfConversation(event.conversationId())
				.map(t -> t.status() == TicketStatus.BOT)
				.orElse(false);
			if (!botHasIt) {
				session.personTookOver(now);
			}
			else if (event.resolved()) {
				session.closedByBot(now);
				this.tickets.solveByBot(new TicketId(session.ticketId()));
			}
			else if (event.needsPerson()) {
				String reason = switch (event.status()) {
					case AWAITING_APPROVAL -> "limit";
					case REFUSED -> "supervisor-refused";
					default -> "platform-refused";
				};
				this.handOffs.handOff(session, null, reason, null, false,
						"incident-" + event.incidentId() + "-" + event.status());
			}
			this.sessions.save(session);
		});
	}

	/** Answering one customer message, within one conversation's lock. */
	private final class Turn {

		private final BotSession session;

		private final ConversationView chat;

		private final OrderContext orderContext;

		private MessageView message;

		private int said;

		Turn(BotSession session, ConversationView chat) {
			this.session = session;
			this.chat = chat;
			this.orderContext = new OrderContext(SupportBot.this.orders, session.customerId());
		}

		void answer(MessageView message) {
			this.message = message;
			this.said = 0;
			Instant now = SupportBot.this.clock.instant();
			boolean wasClosed = this.session.mode() == BotSession.Mode.CLOSED;
			this.session.reopen(message.seq(), now);
			if (wasClosed) {
				SupportBot.this.tickets.returnToBot(new TicketId(this.session.ticketId()));
			}
			String action = message.actionId();
			if (action != null) {
				// A playbook's own quick reply is the incident's to take; a malformed
				// one,
				// nobody's.
				BotButton.parse(action)
					.filter(button -> button.conversationId().equals(this.session.conversationId()))
					.ifPresent(this::quickReply);
				return;
			}
			if (this.session.step() == BotSession.Step.PHOTO && message.attachmentId() != null
					&& message.attachmentType() != null && message.attachmentType().startsWith("image/")) {
				continueGathering(gathered().withPhoto(message.attachmentId()));
				return;
			}
			String text = (message.text() == null) ? "" : message.text().strip();
			if (text.isEmpty()) {
				if (message.attachmentId() != null) {
					// A photo alone: it is kept for the damage playbook; ask what
					// happened.
					say(text("bot.photoReceived"), List.of());
				}
				return;
			}
			understand(text, wasClosed, now);
		}

		private void understand(String text, boolean wasClosed, Instant now) {
			OrderView likely = this.orderContext
				.likely(EntityExtractor.extract(text).orderNumbers(), this.session.orderId(), this.chat.orderId())
				.orElse(null);
			Classification understood = SupportBot.this.classifier.classify(text, likely, now);
			String language = (understood.language() != null
					&& text.codePoints().filter(Character::isLetter).count() >= 3) ? understood.language()
							: this.session.language();
			if (understood.angry()) {
				this.session.understood(understood.intent(), understood.confidence(), language, now);
				handOff(understood, "angry", true);
				return;
			}
			if (this.session.intent() == null && isVip()) {
				this.session.understood(understood.intent(), understood.confidence(), language, now);
				handOff(understood, "vip", false);
				return;
			}
			if (answersPendingStep(text, understood)) {
				return;
			}
			if (understood.confidence() < SupportBot.this.properties.unsureBelow()
					&& understood.intent() != Intent.HUMAN_AGENT) {
				if (language != null) {
					this.session.understood(Intent.OUT_OF_SCOPE, understood.confidence(), language, now);
				}
				// "?" or "..." asks what they need; words it could not place, to say
				// it again.
				unsure(understood,
						IntentClassifier.UNCLEAR.equals(understood.decidedBy()) ? "bot.unclear" : "bot.unsure");
				return;
			}
			this.session.understood(understood.intent(), understood.confidence(), language, now);
			if (understood.intent() != Intent.OUT_OF_SCOPE) {
				// "Unsure twice" means twice in a row.
				this.session.sure();
			}
			if (wasClosed && isRequest(understood.intent())) {
				this.session.recontact(now);
			}
			act(understood.intent(), understood, now);
		}

		/** Text that answers what the bot asked: an item's name, the food's problem. */
		private boolean answersPendingStep(String text, Classification understood) {
			Gathered gathered = gathered();
			switch (this.session.step()) {
				case PICK_ITEMS -> {
					Optional<OrderView> order = this.orderContext.byId(gathered.orderId());
					if (order.isPresent()) {
						List<Entities.Item> items = EntityExtractor.items(text, order.get());
						if (!items.isEmpty()) {
							this.session.sure();
							continueGathering(gathered.withItems(items.stream().map(Entities.Item::sku).toList()));
							return true;
						}
					}
				}
				case FOOD_PROBLEM -> {
					Optional<IncidentFacts.FoodProblem> problem = FoodProblems.of(text);
					if (problem.isPresent()) {
						this.session.sure();
						continueGathering(gathered.withProblem(problem.get()));
						return true;
					}
				}
				default -> {
				}
			}
			return false;
		}

		private void act(Intent intent, Classification understood, Instant now) {
			switch (intent) {
				case HUMAN_AGENT -> handOff(understood, "asked", false);
				case GREETING -> greet(now);
				case THANKS_BYE -> bye(now);
				case OUT_OF_SCOPE -> unsure(understood, "bot.outOfScope");
				case FAQ -> faq(understood);
				case ORDER_STATUS -> status(understood, now);
				case DELIVERY_LATE -> late(understood, now);
				case MISSING_ITEM -> gather(IncidentType.INCOMPLETE_ORDER, understood, now);
				case DAMAGED_ORDER -> gather(IncidentType.DAMAGED_ORDER, understood, now);
				case FOOD_QUALITY -> gather(IncidentType.FOOD_QUALITY, understood, now);
				case WRONG_ORDER -> gather(IncidentType.WRONG_ORDER, understood, now);
				case CANCEL_ORDER -> cancel(understood, now);
				case PAYMENT_PROBLEM -> payment(understood, now);
				case REFUND_STATUS -> refunds(understood);
				case PROMO_BONUS -> bonus(understood);
				case CHANGE_ORDER, COURIER_COMPLAINT, ACCOUNT_HELP -> handOff(understood, intent.wireName(), false);
			}
		}

		private void greet(Instant now) {
			List<OrderView> active = this.orderContext.active();
			if (active.size() == 1) {
				OrderView order = active.get(0);
				this.session.await(BotSession.Step.CONFIRM_CONTEXT,
						json(Gathered.context(order.id().value(), "active")));
				say(text("bot.greeting.active", order.number(), text("bot.state." + order.status())), yesNo());
				return;
			}
			Optional<OrderView> lateOne = this.orderContext.deliveredLateRecently(now);
			if (lateOne.isPresent()) {
				OrderView order = lateOne.get();
				long minutes = Duration.between(order.promisedAt(), order.deliveredAt()).toMinutes();
				this.session.await(BotSession.Step.CONFIRM_CONTEXT, json(Gathered.context(order.id().value(), "late")));
				say(text("bot.greeting.late", order.number(), Long.toString(minutes),
						wording().when(order.deliveredAt(), now)), yesNo());
				return;
			}
			say(text("bot.greeting"), List.of());
		}

		private void bye(Instant now) {
			say(text("bot.bye"), List.of());
			if (this.session.step() == BotSession.Step.OFFERED) {
				// The playbook's options are still open: its outcome closes the
				// conversation.
				return;
			}
			boolean served = this.session.intent() != null && isRequest(Intent.of(this.session.intent()))
					&& this.session.step() == BotSession.Step.NONE;
			if (served && this.session.outcome() == null) {
				closeContained(now);
				return;
			}
			// Thanks with nothing solved, or after the bot already closed it: counted
			// neither way.
			this.session.closedQuietly(now);
			SupportBot.this.tickets.solveByBot(new TicketId(this.session.ticketId()));
		}

		private void faq(Classification understood) {
			faq(understood, articlesFor(this.message.text()));
		}

		private void faq(Classification understood, List<KnowledgeBase.Hit> hits) {
			if (hits.isEmpty()) {
				handOff(understood, "no-answer", false);
				return;
			}
			ArticleView article = SupportBot.this.knowledge.find(hits.get(0).slug(), this.session.language())
				.orElse(null);
			if (article == null) {
				// Archived between the search and the read.
				handOff(understood, "no-answer", false);
				return;
			}
			String body = (article.body().length() > 1200) ? article.body().substring(0, 1199) + "…" : article.body();
			this.session.await(BotSession.Step.FAQ_FEEDBACK, json(Gathered.context(null, article.slug())));
			say(text("bot.faq.answer", article.title(), body),
					List.of(reply("faq", "yes", text("bot.helped")), reply("faq", "no", text("bot.notHelped"))));
		}

		private void status(Classification understood, Instant now) {
			OrderContext.Choice choice = choose(Intent.ORDER_STATUS, understood);
			if (choice == null) {
				return;
			}
			OrderView order = choice.order();
			boolean named = understood != null && !understood.entities().orderNumbers().isEmpty();
			if (!named && order.status().isTerminal() && this.orderContext.active().size() == 1) {
				order = this.orderContext.active().get(0);
			}
			this.session.about(order.id().value());
			if (order.status().isActive() && order.isLateAt(now)) {
				late(understood, now);
				return;
			}
			say(wording().status(order), List.of());
			closeContained(now);
		}

		private void late(Classification understood, Instant now) {
			OrderContext.Choice choice = choose(Intent.DELIVERY_LATE, understood);
			if (choice == null) {
				return;
			}
			OrderView order = choice.order();
			this.session.about(order.id().value());
			if (order.status().isActive() && !order.isLateAt(now)) {
				say(text("bot.notLate", order.number(), wording().clock(order.promisedAt()),
						wording().clock(order.eta())), List.of());
				closeContained(now);
				return;
			}
			open(Gathered.of(IncidentType.LATE_DELIVERY, order.id().value()), understood);
		}

		private void gather(IncidentType type, Classification understood, Instant now) {
			OrderContext.Choice choice = choose(intentOf(type), understood);
			if (choice == null) {
				return;
			}
			OrderView order = choice.order();
			this.session.about(order.id().value());
			if (IncidentEligibility.check(type, order, now) instanceof IncidentEligibility.Refused refused
					&& refused.rule() == IncidentEligibility.Rule.NOT_DELIVERED) {
				// Nothing can be missing from a bag still in the kitchen: the live state,
				// not a claim.
				notArrived(order, understood, now);
				return;
			}
			String said = (this.message.actionId() == null && this.message.text() != null) ? this.message.text() : "";
			Gathered gathered = Gathered.of(type, order.id().value())
				.withItems(EntityExtractor.items(said, order).stream().map(Entities.Item::sku).toList());
			UUID photo = photoSoFar();
			if (photo != null) {
				gathered = gathered.withPhoto(photo);
			}
			if (type == IncidentType.FOOD_QUALITY) {
				gathered = FoodProblems.of(said).map(gathered::withProblem).orElse(gathered);
			}
			continueGathering(gathered);
		}

		/**
		 * The latest photo the customer sent in this dialogue (since the bot last closed
		 * it): a photo often comes before the words that explain it; an old one backs no
		 * new claim.
		 */
		private UUID photoSoFar() {
			UUID photo = null;
			for (MessageView earlier : SupportBot.this.conversations
				.messagesAfter(new ConversationId(this.session.conversationId()), this.session.dialogueFrom(), 200)) {
				if (earlier.seq() <= this.message.seq() && earlier.authorKind() == AuthorKind.PARTICIPANT
						&& earlier.attachmentId() != null && earlier.attachmentType() != null
						&& earlier.attachmentType().startsWith("image/")) {
					photo = earlier.attachmentId();
				}
			}
			return photo;
		}

		/** Asks for the next missing fact, or, with all of them, opens the playbook. */
		private void continueGathering(Gathered gathered) {
			OrderView order = this.orderContext.byId(gathered.orderId()).orElse(null);
			if (order == null) {
				handOff(null, "no-order", false);
				return;
			}
			BotSession.Step missing = gathered.missing();
			this.session.await(missing, json(gathered));
			switch (missing) {
				case PICK_ITEMS -> {
					List<QuickReply> replies = new ArrayList<>();
					for (int i = 0; i < order.items().size() && replies.size() < 8; i++) {
						replies.add(reply("i", Integer.toString(i), order.items().get(i).name()));
					}
					if (gathered.type() != IncidentType.INCOMPLETE_ORDER) {
						replies.add(reply("i", "all", text("bot.wholeOrder")));
					}
					say(text("bot.pickItems"), replies);
				}
				case PHOTO -> say(text("bot.askPhoto"), List.of());
				case FOOD_PROBLEM -> {
					List<QuickReply> replies = new ArrayList<>();
					for (IncidentFacts.FoodProblem problem : IncidentFacts.FoodProblem.values()) {
						replies.add(reply("p", problem.name(), text("bot.problem." + problem.name())));
					}
					say(text("bot.askProblem"), replies);
				}
				default -> open(gathered, null);
			}
		}

		private void open(Gathered gathered, Classification understood) {
			IncidentDesk.Opening opening = SupportBot.this.incidents.tryOpen(new TicketId(this.session.ticketId()),
					gathered.type(), gathered.orderId(), gathered.facts(), Acting.BOT);
			if (opening.opened()) {
				this.session.offered(opening.incident().id(), gathered.type() + ": "
						+ String.join(", ", opening.incident().offers().stream().map(o -> o.option()).toList()));
				return;
			}
			OrderView order = this.orderContext.byId(gathered.orderId()).orElse(null);
			if (order == null) {
				handOff(understood, "no-order", false);
				return;
			}
			switch (opening.refusal()) {
				case NOT_LATE -> {
					say(text("bot.notLate", order.number(), wording().clock(order.promisedAt()),
							wording().clock((order.eta() != null) ? order.eta() : order.deliveredAt())), List.of());
					closeContained(SupportBot.this.clock.instant());
				}
				case NOT_DELIVERED -> notArrived(order, understood, SupportBot.this.clock.instant());
				case ALREADY_OPEN -> {
					say(text("bot.incidentOpen", order.number()), List.of());
					handOff(understood, "incident-exists", false);
				}
				default -> handOff(understood, "playbook-" + opening.rule(), false);
			}
		}

		/**
		 * "Order 1042 is being prepared at Rayhon. Expected at 19:40." and what to do
		 * once it arrives: an answer, so the conversation is contained. A cancelled order
		 * will not arrive: what the customer means is for a person.
		 */
		private void notArrived(OrderView order, Classification understood, Instant now) {
			if (order.status().isTerminal()) {
				handOff(understood, "playbook-not-delivered", false);
				return;
			}
			say(text("bot.notArrived", wording().status(order)), List.of());
			closeContained(now);
		}

		private void cancel(Classification understood, Instant now) {
			OrderContext.Choice choice = choose(Intent.CANCEL_ORDER, understood);
			if (choice == null) {
				return;
			}
			OrderView order = choice.order();
			this.session.about(order.id().value());
			if (order.status().isTerminal()) {
				say(text("bot.noActiveOrder", order.number(), text("bot.state." + order.status())), List.of());
				handOff(understood, "cancel-finished-order", false);
				return;
			}
			open(Gathered.of(IncidentType.CANCELLATION, order.id().value()), understood);
		}

		private void payment(Classification understood, Instant now) {
			OrderContext.Choice choice = choose(Intent.PAYMENT_PROBLEM, understood);
			if (choice == null) {
				return;
			}
			OrderView order = choice.order();
			this.session.about(order.id().value());
			if (order.status().isActive() && order.paymentStatus() == PaymentStatus.FAILED) {
				open(Gathered.of(IncidentType.UNPAID_ORDER, order.id().value()), understood);
				return;
			}
			handOff(understood, "payment_problem", false);
		}

		private void refunds(Classification understood) {
			List<LedgerLine> lines = SupportBot.this.ledger.historyOf(this.session.customerId(), 5)
				.stream()
				.filter(l -> l.reverses() == null && !l.reversed())
				.toList();
			if (lines.isEmpty()) {
				handOff(understood, "refund_status", false);
				return;
			}
			StringBuilder list = new StringBuilder();
			for (LedgerLine line : lines) {
				list.append("• ")
					.append(text("bot.refund.line", wording().date(line.at()), wording().som(line.amount()),
							text("bot.refund.kind." + line.kind().name())))
					.append('\n');
			}
			say(text("bot.refund.lines", list.toString().strip()), List.of());
			closeContained(SupportBot.this.clock.instant());
		}

		private void bonus(Classification understood) {
			String skeleton = IntentRules.skeletonText((this.message.text() != null) ? this.message.text() : "");
			if (skeleton.matches(".*\\b(promo|promokod|kod|code|skidk|chegirma|discount|kupon|coupon)\\w*.*")) {
				handOff(understood, "promo_bonus", false);
				return;
			}
			say(text("bot.bonus.balance",
					wording().som(SupportBot.this.ledger.bonusBalance(this.session.customerId()).som())), List.of());
			closeContained(SupportBot.this.clock.instant());
		}

		private void quickReply(BotButton button) {
			String kind = button.kind();
			String value = button.value();
			Instant now = SupportBot.this.clock.instant();
			Gathered gathered = gathered();
			if (!button.answers(this.session.step())) {
				// A button from an earlier question: what it asked is settled.
				say(text("bot.ask"), List.of());
				return;
			}
			this.session.sure();
			switch (kind) {
				case "h" -> handOff(null, "asked", false);
				case "faq" -> {
					boolean helped = "yes".equals(value);
					if (gathered.contextKind() != null) {
						SupportBot.this.knowledge.feedbackIfPublished(gathered.contextKind(), helped);
					}
					if (helped) {
						say(text("bot.faq.glad"), List.of());
						closeContained(now);
					}
					else {
						handOff(null, "faq-not-helpful", false);
					}
				}
				case "ctx" -> {
					if ("yes".equals(value) && gathered.contextOrderId() != null) {
						this.session.about(gathered.contextOrderId());
						Intent intent = "late".equals(gathered.contextKind()) ? Intent.DELIVERY_LATE
								: Intent.ORDER_STATUS;
						this.session.understood(intent, 1.0, null, now);
						act(intent, null, now);
					}
					else {
						this.session.await(BotSession.Step.NONE, "{}");
						say(text("bot.ask"), List.of());
					}
				}
				case "o" -> {
					this.session.about(value);
					Intent intent = (this.session.intent() != null) ? Intent.of(this.session.intent())
							: Intent.ORDER_STATUS;
					act(intent, null, now);
				}
				case "i" -> this.orderContext.byId(gathered.orderId()).ifPresent(order -> {
					int index = "all".equals(value) ? -1 : Integer.parseInt(value);
					if (index >= order.items().size()) {
						say(text("bot.pickItems"), List.of());
						return;
					}
					List<String> skus = (index < 0) ? order.items().stream().map(OrderView.Line::sku).toList()
							: List.of(order.items().get(index).sku());
					continueGathering(gathered.withItems(skus));
				});
				case "p" -> continueGathering(gathered.withProblem(IncidentFacts.FoodProblem.valueOf(value)));
				case "int" -> {
					Intent intent = Intent.of(value);
					this.session.sure();
					this.session.understood(intent, 1.0, null, now);
					act(intent, null, now);
				}
				default -> {
				}
			}
		}

		/**
		 * The order for an intent; asks when several are possible, says when there is
		 * none.
		 */
		private OrderContext.Choice choose(Intent intent, Classification understood) {
			List<String> numbers = (understood != null) ? understood.entities().orderNumbers() : List.of();
			OrderContext.Choice choice = this.orderContext.forIntent(intent, numbers, this.session.orderId(),
					this.chat.orderId(), SupportBot.this.clock.instant());
			if (choice.ambiguous()) {
				this.session.await(BotSession.Step.PICK_ORDER, "{}");
				List<QuickReply> replies = this.orderContext.active()
					.stream()
					.limit(6)
					.map(o -> reply("o", o.id().value(), "№" + o.number() + " · " + o.restaurantName()))
					.toList();
				say(text("bot.pickOrder"), replies);
				return null;
			}
			if (choice.order() == null) {
				// No orders at all: a question about payment or refunds is a general one.
				List<KnowledgeBase.Hit> hits = (understood != null) ? articlesFor(this.message.text()) : List.of();
				if (!hits.isEmpty()) {
					faq(understood, hits);
					return null;
				}
				say(text("bot.noOrders"), List.of());
				handOff(understood, "no-order", false);
				return null;
			}
			return choice;
		}

		/**
		 * Says it did not understand, offering the likeliest requests as buttons; the
		 * second time in a row, a person.
		 */
		private void unsure(Classification understood, String key) {
			if (this.session.unsure()) {
				handOff(understood, "unsure", false);
				return;
			}
			List<QuickReply> replies = new ArrayList<>();
			if (understood != null && !"bot.outOfScope".equals(key)) {
				java.util.stream.Stream
					.concat(java.util.stream.Stream.of(understood.intent()), understood.runnersUp().stream())
					.filter(Turn::canAskAbout)
					.limit(2)
					.forEach(intent -> replies
						.add(reply("int", intent.wireName(), text("bot.intent." + intent.wireName()))));
			}
			replies.add(reply("h", "person", text("bot.person")));
			say(text(key), replies);
		}

		private void handOff(Classification understood, String reason, boolean angry) {
			SupportBot.this.handOffs.handOff(this.session, understood, reason, this.message, angry,
					"bot-" + this.message.seq() + "-" + this.said++);
		}

		private void closeContained(Instant now) {
			this.session.closedByBot(now);
			SupportBot.this.tickets.solveByBot(new TicketId(this.session.ticketId()));
		}

		private boolean isVip() {
			return SupportBot.this.customers.profile(Participant.customer(this.session.customerId()))
				.map(p -> p.ordersCount() >= SupportBot.this.properties.vipOrders())
				.orElse(false);
		}

		private Gathered gathered() {
			return Gathered.of(this.session, SupportBot.this.mapper);
		}

		private String json(Gathered gathered) {
			return SupportBot.this.mapper.writeValueAsString(gathered);
		}

		private void say(String text, List<QuickReply> replies) {
			SupportBot.this.conversations.postAsBot(new ConversationId(this.session.conversationId()), text, replies,
					"bot-" + this.message.seq() + "-" + this.said++);
		}

		private List<QuickReply> yesNo() {
			return List.of(reply("ctx", "yes", text("bot.yes")), reply("ctx", "no", text("bot.no")));
		}

		private String text(String key, Object... args) {
			return wording().text(key, args);
		}

		private BotWording wording() {
			return new BotWording(SupportBot.this.texts, this.session.language(), SupportBot.this.properties.zone());
		}

		private QuickReply reply(String kind, String value, String label) {
			return new BotButton(this.session.conversationId(), this.message.seq(), kind, value).labelled(label);
		}

		/**
		 * The article that answers a message, if any. The search takes 2 to 200
		 * characters: a long message is searched by its start, a one-letter one finds
		 * nothing (the bot must not fail on either).
		 */
		private List<KnowledgeBase.Hit> articlesFor(String text) {
			String q = (text == null) ? "" : text.strip();
			if (q.length() < 2) {
				return List.of();
			}
			return SupportBot.this.knowledge.search((q.length() > 200) ? q.substring(0, 200) : q,
					this.session.language(), 1);
		}

		private static boolean canAskAbout(Intent intent) {
			return intent != Intent.GREETING && intent != Intent.THANKS_BYE && intent != Intent.OUT_OF_SCOPE
					&& intent != Intent.HUMAN_AGENT;
		}

		private static Intent intentOf(IncidentType type) {
			return switch (type) {
				case INCOMPLETE_ORDER -> Intent.MISSING_ITEM;
				case DAMAGED_ORDER -> Intent.DAMAGED_ORDER;
				case FOOD_QUALITY -> Intent.FOOD_QUALITY;
				case WRONG_ORDER -> Intent.WRONG_ORDER;
				case LATE_DELIVERY -> Intent.DELIVERY_LATE;
				case CANCELLATION -> Intent.CANCEL_ORDER;
				case UNPAID_ORDER -> Intent.PAYMENT_PROBLEM;
			};
		}

		private boolean isRequest(Intent intent) {
			return intent != Intent.GREETING && intent != Intent.THANKS_BYE && intent != Intent.OUT_OF_SCOPE
					&& intent != Intent.HUMAN_AGENT;
		}

	}

}
