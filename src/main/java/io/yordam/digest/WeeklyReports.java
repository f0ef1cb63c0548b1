package io.yordam.digest;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.yordam.access.OperatorRole;
import io.yordam.access.Staff;
import io.yordam.access.StaffMember;
import io.yordam.analytics.WeeklyFigures;
import io.yordam.common.ConflictRetry;

/**
 * Sends last week's report to every supervisor and admin with a mail address, each once:
 * a letter's key names the week and the reader, and the outbox queues a key once, so a
 * second run (a retry, another node, an operator starting it by hand) sends nothing
 * again. The figures are read once per language.
 */
class WeeklyReports {

	private static final Logger log = LoggerFactory.getLogger(WeeklyReports.class);

	private final WeeklyFigures figures;

	private final Staff staff;

	private final StaffMail mail;

	private final WeeklyReportText text;

	private final ConflictRetry retry;

	private final Clock clock;

	private final DigestProperties properties;

	WeeklyReports(WeeklyFigures figures, Staff staff, StaffMail mail, WeeklyReportText text, ConflictRetry retry,
			Clock clock, DigestProperties properties) {
		this.figures = figures;
		this.staff = staff;
		this.mail = mail;
		this.text = text;
		this.retry = retry;
		this.clock = clock;
		this.properties = properties;
	}

	/** The Monday of the last whole week before now, in the report's zone. */
	LocalDate lastWeek() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.properties.zone());
		return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
	}

	/**
	 * @return how many letters this run queued
	 */
	int sendLastWeek() {
		LocalDate monday = lastWeek();
		Map<String, WeeklyFigures.Week> byLanguage = new HashMap<>();
		int queued = 0;
		for (StaffMember reader : this.staff.withEmail(OperatorRole.SUPERVISOR)) {
			Locale locale = WeeklyReportText.locale(reader.locale());
			WeeklyFigures.Week week = byLanguage.computeIfAbsent(locale.getLanguage(),
					language -> this.figures.of(monday, locale));
			StaffLetter letter = this.text.letter(reader, week, locale);
			if (this.retry.call(() -> this.mail.send(letter))) {
				queued++;
			}
		}
		log.info("Weekly report of the week from {}: {} letters queued", monday, queued);
		return queued;
	}

}
