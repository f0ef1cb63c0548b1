/**
 * The supervisor's live board: per line what waits and for how long, what is at risk of
 * missing its service level and what missed it, who is online and how loaded; per agent
 * their open chats and their day's response and handling times; the tickets most at risk.
 * Pushed over STOMP within a second of a change, computed at most a few times a second
 * however many changes arrive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervisor board")
package io.yordam.board;
