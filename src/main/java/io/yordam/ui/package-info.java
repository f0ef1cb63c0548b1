/**
 * The UI's shared chrome: the layout every page wears, sign-in, the home page, languages
 * (Russian, Uzbek Latin, English) and how dates, money and enums read in each.
 */
@org.springframework.modulith.ApplicationModule(displayName = "UI chrome")
package io.yordam.ui;
