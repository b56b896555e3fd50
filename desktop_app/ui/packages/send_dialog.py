"""Article ▸ Send for Review…: which articles go into the package (the open one ticked) and
which database it is for (a partner heard from before, or a new one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.models import Headline
from desktop_app.core.packages.state import Partner
from desktop_app.labels import status_label


class SendDialog(QDialog):
    def __init__(
        self,
        headlines: list[Headline],
        chosen: set[int],
        partners: list[Partner],
        recipient: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packageSendDialog")
        self.setWindowTitle(self.tr("Send for Review"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The chosen articles go into one file, with their history, comments and photos, "
                "signed by you. Send it by USB stick, e-mail or WhatsApp; the reviewer imports it "
                "with File ▸ Import Review Package…"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("packageSendArticles")
        self.list.setAccessibleName(self.tr("Articles to send"))
        for headline in headlines:
            item = QListWidgetItem(
                f"{headline.title or self.tr('(untitled)')} · {status_label(headline.status)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, headline.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if headline.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("packageSendRecipient")
        self.recipient.addItem(self.tr("A new reviewer (first package to their database)"), None)
        for partner in partners:
            self.recipient.addItem(
                self.tr("{0}'s database").format(partner.name or partner.uuid[:8]), partner.uuid
            )
        index = self.recipient.findData(recipient) if recipient else 0
        self.recipient.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("&For:"), self.recipient)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = buttons.addButton(
            self.tr("&Save Package…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("packageSendSave")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemChanged.connect(self._update)
        self._update()
        self.resize(560, 480)

    def chosen_ids(self) -> list[int]:
        return [
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def recipient_id(self) -> str | None:
        data = self.recipient.currentData()
        return str(data) if data else None

    def _update(self) -> None:
        self.send_button.setEnabled(bool(self.chosen_ids()))
