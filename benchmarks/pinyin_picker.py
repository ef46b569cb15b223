"""How often the reply an agent means comes first for what they type in pinyin (issue 16): hit@1 per kind of query.

Run:  python benchmarks/pinyin_picker.py [--misses]

Every case is a query and the title of the bundled reply it is meant to find (titles, not shortcut codes: codes are
the lead's to rename). The library is the bundled one, opened in a fresh data home. A case counts when that reply is
the first hit; "top 5" counts it anywhere in the first five. ``--misses`` prints what came first instead.

Groups: a polyphone read as its word (and other readings ranked below), a half-typed last syllable, initials mixed
with full syllables, Chinese mixed with letters, one typo, several words that must all be found (title, body, buyer
phrasings), and fuzzy sounds (run with every fuzzy sound switched on; the rest with the default, none). Queries keep
to four Chinese characters: five or more read as a buyer's message, which the meaning search answers first.

The figures are in docs/performance.md, "Pinyin picker (issue 16)". Run it on an older checkout to compare: a version
without fuzzy sounds runs that group with none.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quickreply.core import open_library  # noqa: E402

CASES: dict[str, list[tuple[str, str]]] = {
    "polyphone": [
        ("yinhang", "退回银行卡"),  # 行 hang, not xing
        ("hang", "退回银行卡"),
        ("thyhk", "退回银行卡"),
        ("chongkai", "发票信息重开"),  # 重 chong: pypinyin reads 重开 zhong kai; the shop words say chong
        ("chongpai", "拍错了重拍"),
        ("kuai", "快递时效参考"),  # 快 kuai first; 会员 read kuai yuan only ranks below
        ("liaojie", "了解购买需求"),  # 了 liao, not le
        ("tuihuan", "定金退还规则"),  # 还 huan, not hai
        ("canshu", "参数规格查询"),  # 参 can
        ("pianyi", "婉拒砍价"),  # tag 便宜点: 便 pian, not bian
        ("tuihuodanhao", "填写退货单号"),  # 单 dan
        ("chimabiao", "尺码表查看"),
        ("huifuchaping", "回复差评"),  # 差 cha
        ("jiangjiachajia", "降价差价致歉"),
        ("hebingfukuan", "多笔合并付款"),  # 合 he, not ge
        ("zhongzhuan", "中转站等待中"),  # 中 zhong, 转 zhuan
        ("tuihuihuabei", "退回花呗说明"),  # 呗 bei
        ("kaibuliao", "故障排查指导"),  # tag 开不了机: 了 liao
        ("meishoudao", "显示签收未收到"),  # tag 没收到: 没 mei (pypinyin reads 没收 mo shou)
        ("xinjiangxizang", "西藏新疆偏远运费"),  # tag 新疆西藏: 藏 zang
        # Another reply holds the letters only through another reading of one of its characters, and came first:
        ("shai", "邀请晒图评价"),  # 晒 shai, not 色 read shai in 掉色
        ("shui", "抬头税号填写"),  # 税 shui, not 说 read shui in 说明
        ("ce", "测量方法"),  # 测 ce, not 参 read cen in 参数
        ("duoge", "两个问题一起回复"),  # tag 多个问题, not 度 read duo and 更 half-typed
        ("xz", "西藏新疆偏远运费"),  # 西藏 xi zang (its tag and title), not 息重 read xi zhong in 信息重开
        ("jiqi", "使用小技巧"),  # 技巧, not 即将 read ji qiang
    ],
    "half syllable": [
        ("tuik", "退款到账时间"),
        ("fapiaon", "发票内容说明"),
        ("yunfeixianzen", "运费险怎么赔"),
        ("shangmenqujianh", "上门取件换新"),
        ("dingjint", "定金退还规则"),
        ("weikuanj", "尾款截止提醒"),
        ("qitianw", "七天无理由规则"),
        ("baoxiuq", "保修期查询"),
        ("huanhuoyunfeis", "换货运费说明"),
        ("jiejiarifah", "节假日发货安排"),
        ("tuihuol", "退货流程"),
        ("xiugaiy", "修改颜色尺码"),
    ],
    "initials + syllables": [
        ("tkuan", "退款到账时间"),
        ("fpneir", "发票内容说明"),
        ("yfxzenm", "运费险怎么赔"),
        ("hbfukuan", "多笔合并付款"),
        ("qtwuly", "七天无理由规则"),
        ("sjshunfeng", "升级顺丰补差价"),
        ("tkshenhe", "退款审核中"),
        ("zlwtqpaiz", "质量问题请拍照"),
        ("wlchax", "物流查询"),
        ("dzfapiao", "电子发票开具"),
        ("cmtuij", "尺码推荐"),
    ],
    "Chinese + letters": [
        ("退k", "退款到账时间"),
        ("tui款", "退款到账时间"),
        ("电子fp", "电子发票开具"),
        ("运费xzm", "运费险怎么赔"),
        ("顺f", "升级顺丰补差价"),
        ("七天wly", "七天无理由规则"),
        ("退货dz", "退货地址"),
        ("补kai发票", "补开发票"),
        ("尾款jz", "尾款截止提醒"),
        ("huan货流程", "换货流程"),
        ("质量wt拍照", "质量问题请拍照"),
        ("保xiu期", "保修期查询"),
    ],
    "one typo": [
        ("tuikaun", "退款到账时间"),  # two letters swapped
        ("dianzifapaio", "电子发票开具"),
        ("baoxuiqi", "保修期查询"),
        ("shnagmenqujian", "上门取件换新"),
        ("weikaunjiezhi", "尾款截止提醒"),
        ("qitainwuliyou", "七天无理由规则"),
        ("tuihuodizih", "退货地址"),
        ("chimatuijain", "尺码推荐"),
        ("jiejairifahuo", "节假日发货安排"),
        ("xuigaiyanse", "修改颜色尺码"),
        ("yanchifahou", "延迟发货致歉"),
        ("pingmusecah", "屏幕色差说明"),
        ("fapiaoneirogn", "发票内容说明"),
        ("tuikuann", "退款到账时间"),  # a letter too many
        ("tuikan", "退款到账时间"),  # one left out
        ("huanhoyunfei", "换货运费说明"),  # one left out, in the middle
    ],
    "several words": [  # four Chinese characters at most: five or more read as a buyer's message (meaning search)
        ("退款 余额", "退款到账时间"),  # title and body
        ("tk 余额", "退款到账时间"),
        ("jtk 没收到", "仅退款申请"),  # title (initials) and a buyer phrasing
        ("weixin 粉丝群", "婉拒加微信"),
        ("新疆 喀什", "西藏新疆偏远运费"),
        ("保修 双11", "保修期查询"),
        ("loufa 充电头", "漏发补寄"),
        ("取消 拦截", "已发货想取消"),
        ("yfx 距离", "运费险怎么赔"),
        ("试穿 吊牌", "试穿后能否退"),
        ("退款 多久", "退款到账时间"),
    ],
    "fuzzy (all on)": [
        ("sunfeng", "升级顺丰补差价"),  # s/sh
        ("zongzhuan", "中转站等待中"),  # z/zh
        ("canggui", "常规发货时间"),  # c/ch
        ("dianzihapiao", "电子发票开具"),  # f/h
        ("nipeidaozhang", "理赔到账时间"),  # n/l
        ("pinmusecha", "屏幕色差说明"),  # in/ing
        ("senjishunfeng", "升级顺丰补差价"),  # s/sh and en/eng
        ("jindugenxin", "进度更新"),  # en/eng
        ("sanmenqujianhuanxin", "上门取件换新"),  # s/sh and an/ang
        ("zilianwentiqinpaizao", "质量问题请拍照"),  # z/zh, an/ang, in/ing
    ],
}
FUZZY_GROUP = "fuzzy (all on)"


def set_fuzzy(lib: object, on: bool) -> bool:
    """Switch every fuzzy sound on or off; False when this QuickReply has none."""
    try:
        from quickreply.core.library.settings import FUZZY_PINYIN
    except ImportError:
        return False
    with lib.db.atomic():  # type: ignore[attr-defined]
        lib.settings.put(FUZZY_PINYIN, FUZZY_PINYIN.kind.options if on else ())  # type: ignore[attr-defined]
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print what came first where the reply did not")
    args = parser.parse_args()
    total = sum(len(c) for c in CASES.values())
    print(f"{total} cases, bundled library, QuickReply at {ROOT}")
    print(f"{'group':<22} {'cases':>5} {'hit@1':>7} {'top 5':>7}")
    with tempfile.TemporaryDirectory() as home:
        lib = open_library(Path(home) / "home")
        titles = {t.title for t in lib.templates()}
        hits_1 = hits_5 = 0
        for group, cases in CASES.items():
            fuzzy = group == FUZZY_GROUP and set_fuzzy(lib, True)
            first = five = 0
            for query, meant in cases:
                assert meant in titles, f"no bundled reply is called {meant!r}"
                found = [h.template.title for h in lib.search(query, limit=5)]
                first += found[:1] == [meant]
                five += meant in found
                if args.misses and found[:1] != [meant]:
                    shown = " | ".join(found[:3]) or "nothing"
                    print(f"    miss {query!r}: {shown}  (meant {meant}{', in top 5' if meant in found else ''})")
            if fuzzy:
                set_fuzzy(lib, False)
            note = "" if group != FUZZY_GROUP or fuzzy else "  (no fuzzy sounds in this version)"
            print(f"{group:<22} {len(cases):>5} {first:>3}/{len(cases):<3} {five:>3}/{len(cases):<3}{note}")
            hits_1 += first
            hits_5 += five
        lib.close()
    print(f"{'all':<22} {total:>5} {hits_1:>3}/{total:<3} {hits_5:>3}/{total:<3}")


if __name__ == "__main__":
    main()
