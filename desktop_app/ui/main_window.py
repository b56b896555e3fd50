"""The main window (minimal for now: the headline list)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QMainWindow

from desktop_app.core.articles import ArticleService


class MainWindow(QMainWindow):
    def __init__(self, articles: ArticleService) -> None:
        super().__init__()
        self.articles = articles
        self.setWindowTitle(self.tr("Redaksi"))
        self.headline_list = QListWidget(self)
        self.headline_list.setObjectName("headlineList")
        self.headline_list.setAccessibleName(self.tr("Headlines"))
        for headline in articles.list_headlines():
            self.headline_list.addItem(headline.title)
        self.setCentralWidget(self.headline_list)
        self.resize(1280, 800)
