"""A real WordPress on 127.0.0.1 for the tests: Debian's ``wordpress`` package served by
``php -S``, on a MariaDB of its own in a temporary folder, installed by WordPress's own install
step, with application passwords for an editor, an author and a contributor.

``.ci/run`` installs the packages (``wordpress mariadb-server php-cli php-mysql``) and sets
``REDAKSI_REQUIRE_TOOLS=1``: there a missing package fails the tests instead of skipping them.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

WORDPRESS_DIR = Path("/usr/share/wordpress")
REQUIRED = os.environ.get("REDAKSI_REQUIRE_TOOLS") == "1"
PHP = shutil.which("php")
MARIADBD = shutil.which("mariadbd") or ("/usr/sbin/mariadbd" if Path("/usr/sbin/mariadbd").exists() else None)
INSTALL_DB = shutil.which("mariadb-install-db")
MARIADB = shutil.which("mariadb")


def missing_tools() -> list[str]:
    missing = [
        name
        for name, value in (
            ("php", PHP),
            ("mariadbd", MARIADBD),
            ("mariadb-install-db", INSTALL_DB),
            ("mariadb", MARIADB),
            ("/usr/share/wordpress", WORDPRESS_DIR.joinpath("wp-settings.php").is_file()),
        )
        if not value
    ]
    if PHP and not missing:
        modules = subprocess.run([PHP, "-m"], capture_output=True, text=True).stdout.split()
        if "mysqli" not in modules:
            missing.append("php-mysql")
    return missing


def need_wordpress() -> None:
    missing = missing_tools()
    if missing:
        message = (
            f"no real WordPress to test against (missing {', '.join(missing)}): "
            "apt-get install wordpress mariadb-server php-cli php-mysql"
        )
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)


@dataclass
class Account:
    user: str
    password: str  # an application password
    display_name: str


@dataclass
class LiveWordPress:
    url: str
    root: Path
    accounts: dict[str, Account] = field(default_factory=dict)

    @property
    def editor(self) -> Account:
        return self.accounts["editor"]

    @property
    def author(self) -> Account:
        return self.accounts["author"]

    @property
    def contributor(self) -> Account:
        return self.accounts["contributor"]

    def php(self, code: str) -> str:
        """Run PHP inside the site (WordPress loaded) and return what it printed."""
        script = self.root / "web" / "_snippet.php"
        script.write_text("<?php\nrequire __DIR__ . '/wp-load.php';\n" + code + "\n", encoding="utf-8")
        run = subprocess.run([PHP or "php", str(script)], capture_output=True, text=True, timeout=60)
        if run.returncode != 0:
            raise RuntimeError(run.stdout + run.stderr)
        return run.stdout

    def get(self, route: str, account: Account | None = None) -> object:
        """A REST answer, read with the standard library (not with the code under test)."""
        import base64

        sep = "&" if "?" in route else "?"
        request = urllib.request.Request(f"{self.url}/?rest_route={route.replace('?', sep, 1)}")
        if "?" not in route:
            request = urllib.request.Request(f"{self.url}/?rest_route={route}")
        if account is not None:
            token = base64.b64encode(f"{account.user}:{account.password}".encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        with urllib.request.urlopen(request, timeout=30) as answer:
            return json.loads(answer.read())


_CONFIG = """<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:{socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', '{url}');
define('WP_SITEURL', '{url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_CONTENT_URL', '{url}/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', false);
{salts}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
"""

_ROUTER = """<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path !== '/' && is_file(__DIR__ . $path)) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = __DIR__ . '/index.php';
require __DIR__ . '/index.php';
"""

#: Faults a test switches on with an option (the server really answers so): ``redaksi_test_503``
#: (the next N REST requests answer 503), ``redaksi_test_refuse_images`` (the media library
#: refuses image types, as a hardened site does).
_FAULTS = """<?php
add_filter('rest_pre_dispatch', function ($result, $server, $request) {
    $left = (int) get_option('redaksi_test_503', 0);
    if ($left > 0) {
        update_option('redaksi_test_503', $left - 1);
        return new WP_Error('test_unavailable', 'Service Unavailable (test)', ['status' => 503]);
    }
    return $result;
}, 10, 3);
add_filter('upload_mimes', function ($mimes) {
    if (get_option('redaksi_test_refuse_images')) {
        foreach (array_keys($mimes) as $key) {
            if (strpos($mimes[$key], 'image/') === 0) unset($mimes[$key]);
        }
    }
    return $mimes;
});
"""

_INSTALL = """<?php
define('WP_INSTALLING', true);
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/user.php';
wp_install('Dinas Kominfo Kabupaten Uji', 'admin', 'admin@example.test', true, '',
    'admin-password-for-tests');
update_option('permalink_structure', '/%postname%/');
update_option('timezone_string', 'Asia/Jakarta');
update_option('uploads_use_yearmonth_folders', 0);
$out = [];
$names = ['editor' => 'Rina Editor', 'author' => 'Budi Penulis', 'contributor' => 'Sari Kontributor'];
foreach ($names as $role => $name) {
    $id = wp_insert_user([
        'user_login' => "redaksi_$role", 'user_pass' => wp_generate_password(24),
        'user_email' => "$role@example.test", 'role' => $role, 'display_name' => $name,
    ]);
    list($password, $item) = WP_Application_Passwords::create_new_application_password(
        $id, ['name' => 'Redaksi']);
    $out[$role] = ['user' => "redaksi_$role", 'password' => $password, 'display_name' => $name];
}
echo json_encode($out);
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(check, what: str, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not start")


class _Processes:
    def __init__(self) -> None:
        self.running: list[subprocess.Popen[bytes]] = []

    def start(self, args: list[str], log: Path, **kwargs: object) -> subprocess.Popen[bytes]:
        """Each server in a process group of its own: ``php -S`` with PHP_CLI_SERVER_WORKERS
        forks workers that a signal to the parent alone would leave running."""
        handle = log.open("wb")
        process = subprocess.Popen(  # type: ignore[call-overload]
            args, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True, **kwargs
        )
        self.running.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.running):
            self._signal(process, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self._signal(process, signal.SIGKILL)
                process.wait()
            self._signal(process, signal.SIGKILL)  # what its group left (the PHP workers)

    @staticmethod
    def _signal(process: subprocess.Popen[bytes], number: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, number)


def start_wordpress(root: Path, processes: _Processes) -> LiveWordPress:
    """MariaDB in ``root/db``, WordPress in ``root/web``, served on a free port."""
    as_root = os.geteuid() == 0
    datadir, sock = root / "db", root / "mysql.sock"
    user = ["--user=root"] if as_root else []
    subprocess.run(
        [INSTALL_DB or "", "--no-defaults", f"--datadir={datadir}", "--skip-test-db",
         "--auth-root-authentication-method=normal", *user],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    processes.start(
        [MARIADBD or "", "--no-defaults", f"--datadir={datadir}", f"--socket={sock}",
         "--skip-networking", "--skip-grant-tables", "--skip-log-bin",
         "--innodb-buffer-pool-size=32M", "--max-allowed-packet=64M", "--innodb-flush-log-at-trx-commit=0",
         f"--pid-file={root / 'mariadbd.pid'}", *user],
        root / "mariadbd.log",
    )  # fmt: skip

    def db_ready() -> bool:
        return (
            subprocess.run(
                [
                    MARIADB or "",
                    "--no-defaults",
                    f"--socket={sock}",
                    "-e",
                    "CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4",
                ],
                capture_output=True,
            ).returncode  # fmt: skip
            == 0
        )

    _wait_for(db_ready, "MariaDB")
    web = root / "web"
    shutil.copytree(WORDPRESS_DIR, web, symlinks=False, ignore_dangling_symlinks=True)
    (web / "wp-content" / "uploads").mkdir(parents=True, exist_ok=True)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    salts = "\n".join(
        f"define('{key}', '{os.urandom(16).hex()}');"
        for key in [
            "AUTH_KEY",
            "SECURE_AUTH_KEY",
            "LOGGED_IN_KEY",
            "NONCE_KEY",
            "AUTH_SALT",
            "SECURE_AUTH_SALT",
            "LOGGED_IN_SALT",
            "NONCE_SALT",
        ]
    )
    (web / "wp-config.php").write_text(_CONFIG.format(socket=sock, url=url, salts=salts), encoding="utf-8")
    (web / "_router.php").write_text(_ROUTER, encoding="utf-8")
    (web / "wp-content" / "mu-plugins").mkdir(exist_ok=True)
    (web / "wp-content" / "mu-plugins" / "redaksi-test-faults.php").write_text(_FAULTS, encoding="utf-8")
    (web / "_install.php").write_text(_INSTALL, encoding="utf-8")
    install = subprocess.run(
        [PHP or "", str(web / "_install.php")], capture_output=True, text=True, timeout=120
    )
    if install.returncode != 0:
        raise RuntimeError(f"WordPress install failed: {install.stdout}{install.stderr}")
    accounts = json.loads(install.stdout[install.stdout.index("{") :])
    env = dict(os.environ, PHP_CLI_SERVER_WORKERS="4")
    processes.start(
        [PHP or "", "-d", "upload_max_filesize=64M", "-d", "post_max_size=64M",
         "-d", "memory_limit=512M", "-S", f"127.0.0.1:{port}", "-t", str(web),
         str(web / "_router.php")],
        root / "php-server.log", env=env, cwd=str(web),
    )  # fmt: skip

    def web_ready() -> bool:
        try:
            with urllib.request.urlopen(f"{url}/?rest_route=/", timeout=5) as answer:
                return bool(answer.status == 200)
        except OSError:
            return False

    _wait_for(web_ready, "php -S")
    return LiveWordPress(
        url=url,
        root=root,
        accounts={role: Account(**values) for role, values in accounts.items()},
    )
