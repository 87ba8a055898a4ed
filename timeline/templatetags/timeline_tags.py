"""Template filters for the timeline: an event's date at its precision, its <time datetime> value and its badges."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import capfirst

from timeline.dates import format_event_date, iso_event_date
from timeline.models import CATEGORY_GROUPS, Category, Modality, Precision
from timeline.references import NoteLinks

register = template.Library()
_GROUP_OF = {category: key for key, (_label, types) in CATEGORY_GROUPS.items() for category in types}
_CATEGORY_LABELS = dict(Category.choices)
_MODALITY_LABELS = dict(Modality.choices)
_PRECISION_LABELS = dict(Precision.choices)


@register.filter
def any_selected(options) -> bool:
    """Whether a facet's options (``counting.Option``) hold a chosen one: a fold holding one is shown open."""
    return any(option.selected for option in options)


@register.filter
def event_date(event) -> str:
    """``{{ event|event_date }}`` → "Sunday 21 September 2025", "July 2025", "early 2025" …"""
    return format_event_date(event.date_start, event.date_end, event.precision, event.date_mod)


@register.filter
def event_iso(event) -> str:
    """``<time datetime="{{ event|event_iso }}">`` → "2025-09-21", "2025-07" or "2018"."""
    return iso_event_date(event.date_start, event.date_end, event.precision, event.date_mod)


@register.filter
def precision_label(precision: str) -> str:
    """``{{ reading.precision|precision_label }}`` → "half-year" for "half"; a value it does not know, as is."""
    return _PRECISION_LABELS.get(precision, precision)


@register.simple_tag
def source_sentence(source) -> str:
    """A source's sentence with its date expression in <mark>, everything escaped."""
    quote = source.quote
    if source.date_start_offset is None or source.date_end_offset is None:
        return format_html("{}", quote)
    start = source.date_start_offset - source.sentence_start
    end = source.date_end_offset - source.sentence_start
    if not 0 <= start < end <= len(quote):
        return format_html("{}", quote)
    return format_html("{}<mark>{}</mark>{}", quote[:start], quote[start:end], quote[end:])


@register.simple_tag
def chart_densities(result) -> list:
    """``{% chart_densities result as densities %}``: the chart's bars as each width draws them (see charts.py)."""
    from timeline.charts import densities

    return densities(result)


@register.simple_tag
def chart_bars(bars, base_url: str) -> str:
    """``{% chart_bars density.bars base_url %}``: the chart's bars and labels as SVG (see charts.py)."""
    from timeline.charts import bars_svg

    return bars_svg(bars, base_url)


@register.simple_tag
def chart_eras(bars) -> str:
    """``{% chart_eras density.bars %}``: the leaders' era bands under the axis (see charts.py)."""
    from timeline.charts import era_bands_svg, load_eras

    return era_bands_svg(bars, load_eras())


@register.simple_tag
def chart_era_legend(bars) -> list:
    """``{% chart_era_legend result.chart as eras %}``: the eras the bands show and their classes, to list by name."""
    from timeline.charts import eras_in_chart, load_eras

    return eras_in_chart(bars, load_eras())


@register.filter
def category_group(category: str) -> str:
    """The quad group a PLOVER category belongs to ("verbal-conflict" …), for the badge's colour class."""
    return _GROUP_OF.get(category, "")


# The badges take plain values, not an Event, so a share's cards (records, or a frozen share's snapshots) show the
# same cues as the timeline's rows. A value no longer among the choices (in an old snapshot) is shown as stored.
@register.simple_tag
def category_badge(category: str) -> str:
    """``{% category_badge record.category %}`` → the category's badge in its group's colour; "" without one.

    Labelled in words: a badge that said only "Reject" or "Accuse" read as what became of the event (rejected)
    rather than what kind of event it is."""
    if not category:
        return ""
    return format_html('<span class="badge cat cat-{}"><span class="badge-key">Category:</span> {}</span>',
                       category_group(category), _CATEGORY_LABELS.get(category, category))


@register.simple_tag
def modality_badge(modality: str) -> str:
    """``{% modality_badge record.modality %}`` → "Planned or announced", "Hypothetical" or "Did not happen".

    Nothing for an event that happened: only what a reader must not take for a fact is marked.
    """
    if not modality or modality == Modality.ASSERTED:
        return ""
    return format_html('<span class="badge modality">{}</span>', capfirst(_MODALITY_LABELS.get(modality, modality)))


@register.simple_tag
def event_row(event, base_url: str, list_query: str = "") -> str:
    """One event of the list as an <li>: date at its precision, badges, title, actor chips and its source sentence.

    ``list_query``: the list's canonical filters and page, passed on to the event's page for its way back, and to the
    document (whose links to events pass it on in turn).

    Built here with format_html rather than in a template because it runs 50 times a page: Django's template
    engine spent about 0.2 ms on each row, a third of the list's server time, and this takes a tenth of that.
    Everything is escaped by format_html; the markup is the same as the event page's.
    """
    unasserted = event.modality != Modality.ASSERTED
    badges = [badge for badge in (category_badge(event.category), modality_badge(event.modality)) if badge]
    actors = list(event.actors.all())
    chips = ""
    if actors:
        chips = format_html('<ul class="chips" aria-label="Actors">{}</ul>', format_html_join(
            "", '<li><a href="{}?actor={}">{}</a></li>', ((base_url, a.slug, a.name) for a in actors)))
    sources = list(event.sources.all())
    query = f"?{list_query}" if list_query else ""
    source = ""
    if sources:
        first = sources[0]
        document = first.document
        source = format_html(
            '<details class="source"><summary>Source sentence <span class="help">({} source{})</span></summary>'
            '<blockquote>{}</blockquote><p class="source-doc">From <a href="{}{}#source-{}">{}</a>, '
            '<time datetime="{}">{}</time></p></details>',
            len(sources), "" if len(sources) == 1 else "s", source_sentence(first),
            document.get_absolute_url(), query, first.pk,
            document.title, document.published.isoformat(), f"{document.published.day} {document.published:%B %Y}",
        )
    return format_html(
        '<li class="event{}" data-event-id="{}" id="event-{}"><p class="event-meta"><time datetime="{}">{}</time>{}</p>'
        '<p class="event-title"><a href="{}">{}</a></p>{}{}</li>\n',
        " event-unasserted" if unasserted else "", event.pk, event.pk, event_iso(event), event_date(event),
        mark_safe("".join(f" {b}" for b in badges)), event.get_absolute_url() + query,
        event.title, chips, source,
    )


def _with_links(text: str, links: NoteLinks | bool, autoescape: bool) -> str:
    from django.template.defaultfilters import urlizetrunc

    html = urlizetrunc(text, 60, autoescape=autoescape)
    new_tab = links is True
    if isinstance(links, NoteLinks):
        html, new_tab = links.link_references(html), links.new_tab
    if new_tab:
        html = html.replace(' rel="nofollow">', ' rel="nofollow noopener" target="_blank">')
    return html


@register.filter(needs_autoescape=True)
def note_links(text: str, links: NoteLinks | bool = False, autoescape: bool = True) -> str:
    """A note's plain text with its web addresses as links (cut at 60 characters) and its line breaks kept, as notes
    are shown on the event page.

    ``links``: the page's event references, resolved by its view (references.note_links_for): "#173" or "event 173"
    then links to that event, in the share the page shows if it holds the event. Without them a reference stays as
    written, never one query per note. ``True``, or ``links.new_tab`` (the embed): the links open in a tab of their
    own, so the class page that frames the embed stays where it was."""
    from django.template.defaultfilters import linebreaksbr

    return mark_safe(linebreaksbr(_with_links(text, links, autoescape), autoescape=False))


@register.filter(needs_autoescape=True)
def paragraph_links(text: str, links: NoteLinks | bool = False, autoescape: bool = True) -> str:
    """``note_links`` for a longer text in paragraphs (a share's introduction): a blank line starts a new one."""
    from django.template.defaultfilters import linebreaks_filter

    return mark_safe(linebreaks_filter(_with_links(text, links, autoescape), autoescape=False))
