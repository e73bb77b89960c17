"""gunicorn's settings (gunicorn.conf.py), as `make serve` and bench/load.py read them."""

from pathlib import Path

from gunicorn.config import Config

ROOT = Path(__file__).resolve().parents[2]


def loaded() -> Config:
    from gunicorn.app.base import Application

    class Load(Application):
        def init(self, parser, opts, args):
            return None

        def load_config(self):
            self.cfg = Config()
            self.load_config_from_file(str(ROOT / "gunicorn.conf.py"))

        def load(self):
            return None

    return Load().cfg


def test_no_instance_opens_a_control_socket_another_pipv_on_the_host_would_share():
    assert loaded().control_socket_disable is True


def test_idle_connections_close_soon_and_request_heads_stay_small():
    cfg = loaded()
    assert cfg.keepalive <= 5
    assert cfg.limit_request_line <= 4094 and cfg.limit_request_fields <= 50
