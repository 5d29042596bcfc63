/**
 * Byline prefixes and credit labels, per language.
 *
 * Each entry is written `words` or `words:`. A trailing `:` means the label counts only when a
 * colon follows it in the text ("Text: Jane Doe", "Photo: John Roe"), so that an ordinary word
 * is never taken for a label. A leading `^` means the words are a prefix only at the very start
 * of the byline: inside a name they are particles or ordinary words ("Di" in "Leonardo Di
 * Caprio", "von" in "Ursula von der Leyen").
 *
 * `AUTHOR_PREFIXES` introduce the people who wrote the story. `OTHER_CREDITS` introduce credits
 * that are not the byline (photographers, editors, fact-checkers, medical reviewers, testers),
 * whose names are dropped.
 *
 * Sources: the credit lines of news sites in each language as shown by the style guides of AP,
 * Reuters, dpa, AFP, EFE, ANSA, Lusa and ANP, and the "Author:" / "Text:" labels of common CMS
 * themes (WordPress, Arc, Drupal), written down by hand.
 */

export const AUTHOR_PREFIXES: readonly string[] = [
  // English
  'by',
  'by:',
  'byline:',
  'words by',
  'words:',
  'written by',
  'posted by',
  'published by',
  'reported by',
  'reporting by',
  'additional reporting by',
  'with reporting by',
  'additional reporting from',
  'story by',
  'text by',
  'analysis by',
  'opinion by',
  'commentary by',
  'review by',
  'interview by',
  'compiled by',
  'provided by',
  'submitted by',
  'contributed by',
  'author:',
  'authors:',
  'written by:',
  'contributing:',
  'contributors:',
  // French
  'par',
  'écrit par',
  'publié par',
  'rédigé par',
  'propos recueillis par',
  'texte:',
  'auteur:',
  'autrice:',
  // German
  '^von',
  'geschrieben von',
  'verfasst von',
  'ein beitrag von',
  'ein kommentar von',
  'text:',
  'autor:',
  'autorin:',
  // Spanish
  'por',
  'escrito por',
  'publicado por',
  'redactado por',
  'texto:',
  'autora:',
  // Italian
  '^di',
  'scritto da',
  'pubblicato da',
  'a cura di',
  'testo:',
  'autore:',
  // Portuguese
  'reportagem de',
  'reportagem:',
  // Dutch
  '^door',
  'geschreven door',
  'tekst:',
  // Scandinavian
  '^av',
  '^af',
  'skrevet af',
  'skrevet av',
  'skriven av',
  'skrivet av',
  // Russian
  'текст:',
  'автор:',
  'авторы:',
  // Polish / Czech / Turkish
  'autor:',
  'tekst:',
  'yazan:',
  'napisał',
  'napisała',
  // Arabic / Hebrew
  'بقلم',
  'كتب',
  'מאת',
  // Japanese / Chinese
  '文:',
  '執筆:',
  '作者:',
  '记者:',
];

export const OTHER_CREDITS: readonly string[] = [
  // English
  'editing by',
  'edited by',
  'additional editing by',
  'photos by',
  'photo by',
  'photograph by',
  'photographs by',
  'photography by',
  'photo illustration by',
  'illustration by',
  'illustrations by',
  'images by',
  'image by',
  'image source:',
  'image credit:',
  'photo credit:',
  'photo:',
  'photos:',
  'video by',
  'graphics by',
  'design by',
  'designed by',
  'produced by',
  'production by',
  'medically reviewed by',
  'reviewed by',
  'fact checked by',
  'fact-checked by',
  'tested by',
  'translated by',
  'powered by',
  'sponsored by',
  'presented by',
  // French
  'édité par',
  'traduit par',
  // German
  'foto:',
  'fotos:',
  'bild:',
  'übersetzt von',
  // Spanish / Portuguese / Italian
  'fotografía:',
  'fotografia:',
  'foto de',
  'fotos de',
  'foto di',
  'editado por',
  'traducido por',
  // Dutch / Scandinavian
  'beeld:',
  // Russian
  'фото:',
  // Japanese
  '写真:',
  '撮影:',
];
