"""A plain Scrapy spider, the peer of `chanye crawl` in bench/run.sh's crawl-peer stage.

It does what a Scrapy user would write for a news site: start at the seed, keep to its host, parse each HTML page's
title and paragraphs into an item, and follow every link (Scrapy's scheduler drops the URLs it has seen). Scrapy's
own defaults stand, but for the concurrency the benchmark gives it: 16 requests at once, all to the one host, and
no download delay.

usage: scrapy runspider news_spider.py -a seed=URL -a stats=FILE -o items.jsonl
"""
import json
from urllib.parse import urlsplit

import scrapy
from scrapy.http import HtmlResponse


class NewsSpider(scrapy.Spider):
    name = "news"
    custom_settings = {
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        "DOWNLOAD_DELAY": 0,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "INFO",
    }

    def __init__(self, seed, stats, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls = [seed]
        self.allowed_domains = [urlsplit(seed).hostname]
        self.stats_file = stats

    def parse(self, response):
        if not isinstance(response, HtmlResponse):
            return
        yield {
            "url": response.url,
            "title": response.css("title::text").get(default="").strip(),
            "paragraphs": [p.strip() for p in response.css("p::text").getall() if p.strip()],
        }
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, self.parse)

    def closed(self, reason):
        stats = self.crawler.stats.get_stats()
        with open(self.stats_file, "w", encoding="utf-8") as out:
            json.dump({
                "reason": reason,
                "responses": stats.get("downloader/response_count", 0),
                "items": stats.get("item_scraped_count", 0),
                "elapsedSeconds": stats.get("elapsed_time_seconds", 0),
            }, out)
