/**
 * Where bylines live in page markup, as data: attribute hints for byline elements, the meta tags
 * that carry authors, the JSON-LD types of articles and organisations, and the markers of page
 * regions whose names are not this article's authors (related stories, comments, sidebars).
 *
 * Sources: schema.org (`author`, `creator`, `Person`, `Organization`, `Article` and subtypes),
 * the Open Graph `article:author` property, Dublin Core `dc.creator` / `dcterms.creator`,
 * Highwire `citation_author`, the Parse.ly, Sailthru, Cxense and NYTimes `byl` meta tags, the
 * microformats `rel=author` / `h-card` and `p-author`, and the class names of WordPress, Arc,
 * Brightspot, Chorus, Drupal and Ghost themes, written down by hand.
 */

/** Substrings of class / id values that mark a byline element (lower-case). */
export const BYLINE_HINTS: readonly string[] = [
  'byline',
  'by-line',
  'by_line',
  'author',
  'writer',
  'reporter',
  'contributor',
  'journalist',
  'autor',
  'auteur',
  'firma',
  'creator',
  'p-author',
];

/** Of those, the ones that mark the byline itself (scored higher than a mere "author" class). */
export const STRONG_BYLINE_HINTS: readonly string[] = ['byline', 'by-line', 'by_line'];

/**
 * Substrings of class / id values that mark regions whose names are not this article's authors:
 * related-story cards, comments, sidebars, widgets, footers, newsletter boxes (lower-case).
 */
export const EXCLUDED_REGION_HINTS: readonly string[] = [
  'comment',
  'related',
  'recommend',
  'promo',
  'popular',
  'trending',
  'newsletter',
  'outbrain',
  'taboola',
  'more-stories',
  'more-from',
  'also-read',
  'read-next',
  'readnext',
  'up-next',
  'recirc',
  'most-read',
  'mostread',
  'teaser',
  'breadcrumb',
  'carousel',
  'disqus',
  'reply',
  'replies',
  'respond',
  'jp-relatedposts',
  'yarpp',
  'photo-credit',
  'image-credit',
  'caption',
  'credit',
  'figcaption',
  'latest',
  'next-post',
  'prev-post',
  'post-navigation',
];

/**
 * Region words that count only at the start of a class ("sidebar-right", "widget_recent_comments",
 * "c-sidebar"), because page builders and themes put them on whole-page containers too
 * ("elementor-widget-container", "penci_sidebar", "one-sidebar", "has-sidebar").
 */
export const LEADING_REGION_HINTS: readonly string[] = ['sidebar', 'widget', 'rail', 'nav', 'navbar', 'menu'];

/** Footers: a region to skip outside the article, but inside it ("entry-footer") they may hold the byline. */
export const FOOTER_HINTS: readonly string[] = ['footer'];

/**
 * Elements whose content is never this article's byline. (`footer` is excluded outside the
 * article only; `form` is not excluded: ASP.NET and some CMSs wrap whole pages in one.)
 */
export const EXCLUDED_TAGS: readonly string[] = [
  'aside',
  'nav',
  'figcaption',
  'figure',
  'noscript',
  'template',
  'select',
  'option',
  'button',
];

/** Elements not descended into at all. */
export const SKIPPED_TAGS: readonly string[] = ['style', 'svg', 'noscript', 'template', 'iframe', 'select', 'textarea'];

/** `itemtype` substrings of regions whose authors are not the article's (comments, reviews). */
export const EXCLUDED_ITEMTYPES: readonly string[] = ['comment', 'review', 'answer', 'question', 'claim'];

/**
 * Meta tags (name / property / itemprop, lower-case) that carry the author's name, with their
 * rank: lower is trusted more.
 */
export const AUTHOR_META: Readonly<Record<string, number>> = {
  byl: 1,
  'parsely-author': 1,
  'sailthru.author': 1,
  author: 2,
  'article:author': 2,
  'og:article:author': 2,
  'dc.creator': 2,
  'dcterms.creator': 2,
  'dc.creator.name': 2,
  citation_author: 2,
  'cxenseparse:author': 2,
  'cxenseparse:writer': 2,
  'article.author': 3,
  'author.name': 3,
  'analytics:author': 3,
};

/** Meta tags that carry a social handle of the author. */
export const HANDLE_META: readonly string[] = ['twitter:creator'];

/** Meta tags that name the site: a "person" with this name is the publisher. */
export const SITE_META: readonly string[] = [
  'og:site_name',
  'application-name',
  'twitter:site',
  'al:ios:app_name',
  'publisher',
];

/** JSON-LD `@type`s of the article a page is about (an `author` on them is the byline). */
export const ARTICLE_TYPES: readonly string[] = [
  'article',
  'newsarticle',
  'blogposting',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'scholarlyarticle',
  'techarticle',
  'report',
  'socialmediaposting',
  'liveblogposting',
  'posting',
  'webpage',
  'itempage',
  'creativework',
  'videoobject',
  'recipe',
  'howto',
  'review',
];

/** JSON-LD `@type`s that are organisations, not people. */
export const ORGANIZATION_TYPES: readonly string[] = [
  'organization',
  'newsmediaorganization',
  'corporation',
  'localbusiness',
  'educationalorganization',
  'governmentorganization',
  'ngo',
  'brand',
  'website',
];
