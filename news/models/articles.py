"""News: the index at `/berita/` with its feed, the article page, categories and tags."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks import PageChooserBlock
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from home.admin_widgets import SnippetChooser
from home.blocks import BodyBlock
from home.images import image_with_alt_text, with_renditions
from home.models import BaseIndexPage, BasePage
from home.sections import chosen_pages

from ..feeds import NewsFeed

NEWS_PER_PAGE = 12
RELATED_NEWS_COUNT = 3


class NewsCategory(TranslatableMixin, models.Model):
    """A section of the news (Kegiatan, Imbauan, Lalu lintas...), translated with the pages."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("The category's name in the address of the filter.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class NewsPageTag(TaggedItemBase):
    """Free tags on a news article (modelcluster keeps them with unsaved revisions)."""

    content_object = ParentalKey("news.NewsPage", related_name="tagged_items")


class NewsIndexPage(RoutablePageMixin, BaseIndexPage):
    """`/berita/`: articles newest first, 12 to a page, filtered by category or tag (plain GET
    parameters, so the filter works without JavaScript), and the RSS feed at `/berita/feed/`."""

    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def articles(self):
        """Live articles of this index, newest first (the listing adds its pictures)."""
        return NewsPage.objects.child_of(self).live().public().order_by("-date", "-pk")

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        return NewsFeed(self)(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = with_renditions(
            self.articles().defer_streamfields().select_related("category"), "featured_image"
        )
        categories = NewsCategory.objects.filter(locale_id=self.locale_id)
        chosen = request.GET.get("kategori", "")
        category = categories.filter(slug=chosen).first() if chosen else None
        tag = request.GET.get("topik", "").strip()
        if category:
            articles = articles.filter(category=category)
        if tag:
            articles = articles.filter(tags__slug=tag).distinct()
        context["category"] = category
        context["tag"] = tag
        paginator = Paginator(articles, NEWS_PER_PAGE)
        context["articles"] = paginator.get_page(request.GET.get("halaman"))
        # Listed only when the cached filter menu is missing (see news_index_page.html).
        context["categories"] = SimpleLazyObject(lambda: list(categories))
        return context


FeaturedImage = image_with_alt_text(
    "featured_image", verbose_name=_("featured image"), heading=_("Featured image"), caption=True
)


class NewsPage(FeaturedImage, BasePage):
    """A news article: date, lead, featured image with caption and alt text, body, category,
    tags and related articles (chosen by the editor, or the latest of the same category)."""

    date = models.DateField(_("date"), default=timezone.localdate)
    lead = models.TextField(
        _("lead"),
        help_text=_("One or two sentences that sum up the news; shown in lists and when shared."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    related = StreamField(
        [("article", PageChooserBlock(page_type="news.NewsPage", label=_("Article")))],
        verbose_name=_("related news"),
        blank=True,
        help_text=_("Leave empty to show the latest news of the same category."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        *FeaturedImage.image_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("category", widget=SnippetChooser(NewsCategory)), FieldPanel("tags")],
            heading=_("Category"),
        ),
        FieldPanel("related"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    route_select_related = ("category", "featured_image")

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        # Lists read the newest articles first; without it every list sorts all of them.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="news_newest_first")]

    @property
    def listing_summary(self):
        return self.lead

    def related_articles(self):
        chosen = chosen_pages(self.related)
        if chosen:
            return chosen[:RELATED_NEWS_COUNT]
        siblings = (
            NewsPage.objects.sibling_of(self, inclusive=False)
            .live()
            .public()
            .defer_streamfields()
            .order_by("-date", "-pk")
        )
        if self.category_id:
            siblings = siblings.filter(category_id=self.category_id)
        return list(siblings[:RELATED_NEWS_COUNT])
