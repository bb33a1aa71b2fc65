#!/usr/bin/env python3
"""Build ontology/gazetteer/industries.ttl and ontology/gazetteer/policies.ttl.

Usage:
    python3 scripts/build-concepts.py [OUTPUT_DIR]     (default: ontology/gazetteer)

The concept lists below are general knowledge written for this project: the sections and
divisions of GB/T 4754-2017, the industry and cluster names of Chinese economic reporting,
and well-known national and provincial policies. The script checks that no surface form
(label or alias) belongs to two concepts and that every broader link resolves, then writes
sorted, deterministic Turtle. Python 3 standard library only.
"""
import os
import sys
import urllib.parse

ID = "https://w3id.org/oujiang/id/"

# ---------------------------------------------------------------- GB/T 4754-2017
# Section letter, section name, then its divisions (two-digit code, name).
GBT = [
    ("A", "农、林、牧、渔业", [("01", "农业"), ("02", "林业"), ("03", "畜牧业"), ("04", "渔业"),
                            ("05", "农、林、牧、渔专业及辅助性活动")]),
    ("B", "采矿业", [("06", "煤炭开采和洗选业"), ("07", "石油和天然气开采业"), ("08", "黑色金属矿采选业"),
                   ("09", "有色金属矿采选业"), ("10", "非金属矿采选业"), ("11", "开采专业及辅助性活动"),
                   ("12", "其他采矿业")]),
    ("C", "制造业", [("13", "农副食品加工业"), ("14", "食品制造业"), ("15", "酒、饮料和精制茶制造业"),
                   ("16", "烟草制品业"), ("17", "纺织业"), ("18", "纺织服装、服饰业"),
                   ("19", "皮革、毛皮、羽毛及其制品和制鞋业"), ("20", "木材加工和木、竹、藤、棕、草制品业"),
                   ("21", "家具制造业"), ("22", "造纸和纸制品业"), ("23", "印刷和记录媒介复制业"),
                   ("24", "文教、工美、体育和娱乐用品制造业"), ("25", "石油、煤炭及其他燃料加工业"),
                   ("26", "化学原料和化学制品制造业"), ("27", "医药制造业"), ("28", "化学纤维制造业"),
                   ("29", "橡胶和塑料制品业"), ("30", "非金属矿物制品业"), ("31", "黑色金属冶炼和压延加工业"),
                   ("32", "有色金属冶炼和压延加工业"), ("33", "金属制品业"), ("34", "通用设备制造业"),
                   ("35", "专用设备制造业"), ("36", "汽车制造业"),
                   ("37", "铁路、船舶、航空航天和其他运输设备制造业"), ("38", "电气机械和器材制造业"),
                   ("39", "计算机、通信和其他电子设备制造业"), ("40", "仪器仪表制造业"), ("41", "其他制造业"),
                   ("42", "废弃资源综合利用业"), ("43", "金属制品、机械和设备修理业")]),
    ("D", "电力、热力、燃气及水生产和供应业", [("44", "电力、热力生产和供应业"), ("45", "燃气生产和供应业"),
                                     ("46", "水的生产和供应业")]),
    ("E", "建筑业", [("47", "房屋建筑业"), ("48", "土木工程建筑业"), ("49", "建筑安装业"),
                   ("50", "建筑装饰、装修和其他建筑业")]),
    ("F", "批发和零售业", [("51", "批发业"), ("52", "零售业")]),
    ("G", "交通运输、仓储和邮政业", [("53", "铁路运输业"), ("54", "道路运输业"), ("55", "水上运输业"),
                             ("56", "航空运输业"), ("57", "管道运输业"), ("58", "多式联运和运输代理业"),
                             ("59", "装卸搬运和仓储业"), ("60", "邮政业")]),
    ("H", "住宿和餐饮业", [("61", "住宿业"), ("62", "餐饮业")]),
    ("I", "信息传输、软件和信息技术服务业", [("63", "电信、广播电视和卫星传输服务"), ("64", "互联网和相关服务"),
                                    ("65", "软件和信息技术服务业")]),
    ("J", "金融业", [("66", "货币金融服务"), ("67", "资本市场服务"), ("68", "保险业"), ("69", "其他金融业")]),
    ("K", "房地产业", [("70", "房地产业")]),
    ("L", "租赁和商务服务业", [("71", "租赁业"), ("72", "商务服务业")]),
    ("M", "科学研究和技术服务业", [("73", "研究和试验发展"), ("74", "专业技术服务业"), ("75", "科技推广和应用服务业")]),
    ("N", "水利、环境和公共设施管理业", [("76", "水利管理业"), ("77", "生态保护和环境治理业"),
                                 ("78", "公共设施管理业"), ("79", "土地管理业")]),
    ("O", "居民服务、修理和其他服务业", [("80", "居民服务业"), ("81", "机动车、电子产品和日用产品修理业"),
                                 ("82", "其他服务业")]),
    ("P", "教育", [("83", "教育")]),
    ("Q", "卫生和社会工作", [("84", "卫生"), ("85", "社会工作")]),
    ("R", "文化、体育和娱乐业", [("86", "新闻和出版业"), ("87", "广播、电视、电影和录音制作业"), ("88", "文化艺术业"),
                           ("89", "体育"), ("90", "娱乐业")]),
    ("S", "公共管理、社会保障和社会组织", [("91", "中国共产党机关"), ("92", "国家机构"), ("93", "人民政协、民主党派"),
                                  ("94", "社会保障"), ("95", "群众团体、社会团体和其他成员组织"),
                                  ("96", "基层群众自治组织及其他组织")]),
    ("T", "国际组织", [("97", "国际组织")]),
]
# Aliases of GB/T concepts (standard short names of the sections).
GBT_ALIASES = {
    "农、林、牧、渔业": ["农林牧渔业", "农林牧渔"],
    "电力、热力、燃气及水生产和供应业": ["电力热力燃气及水生产和供应业"],
    "交通运输、仓储和邮政业": ["交通运输业", "交通运输仓储和邮政业"],
    "信息传输、软件和信息技术服务业": ["信息传输软件和信息技术服务业", "信息服务业"],
    "批发和零售业": ["批发零售业"],
    "住宿和餐饮业": ["住宿餐饮业"],
    "计算机、通信和其他电子设备制造业": ["计算机通信和其他电子设备制造业", "电子设备制造业"],
    "电气机械和器材制造业": ["电气机械及器材制造业"],
    "化学原料和化学制品制造业": ["化学原料及化学制品制造业"],
    "铁路、船舶、航空航天和其他运输设备制造业": ["铁路船舶航空航天和其他运输设备制造业"],
    "文化、体育和娱乐业": ["文体娱乐业"],
    "卫生和社会工作": ["卫生和社会工作业"],
}
GENERIC_GBT = {"制造业"}

# ---------------------------------------------------------------- industries of economic reporting
# label | aliases (comma-separated) | broader labels | G when generic.
# Forms "<label>产业" and "<label>行业" are added automatically unless the label already ends in
# 业 or 经济 or another concept owns the form.
RICH = """
工业|工业经济,规上工业,规模以上工业||G
服务业|第三产业,服务行业||G
现代服务业|现代服务产业|服务业|G
生产性服务业||服务业|G
生活性服务业||服务业|G
先进制造业|先进制造|制造业|G
传统制造业|传统产业,传统行业|制造业|G
高技术制造业|高技术产业|制造业|G
高新技术产业|高新产业,高新技术行业||G
战略性新兴产业|战新产业,战略新兴产业||G
新兴产业|新兴行业||G
未来产业|||G
第一产业|||G
第二产业|||G
实体经济|||G
主导产业|||G
支柱产业|||G
特色产业|||G
优势产业|||G
数字经济|数字产业,数字产业化|信息传输、软件和信息技术服务业|
数字经济核心产业|数字经济核心制造业,数字核心产业|数字经济|
新一代信息技术|新一代信息技术产业,信息技术产业,信息技术|信息传输、软件和信息技术服务业|
电子信息|电子信息制造业,电子信息制造,电子产业|计算机、通信和其他电子设备制造业|
新一代电子信息|新一代电子信息产业|电子信息|
半导体及集成电路|半导体和集成电路,集成电路与半导体|计算机、通信和其他电子设备制造业|
集成电路|芯片,芯片产业,芯片制造|半导体及集成电路|
半导体|半导体产业|半导体及集成电路|
第三代半导体|化合物半导体|半导体|
半导体设备|半导体装备|半导体,专用设备制造业|
半导体材料||半导体,新材料|
电子元器件|电子元件,元器件,基础电子元器件|计算机、通信和其他电子设备制造业|
通信连接器|连接器,电连接器|电子元器件|
传感器|智能传感器|电子元器件,仪器仪表制造业|
显示面板|新型显示,面板,平板显示|电子信息|
光电|光电子,光电信息,光学电子|电子信息|
激光|激光产业,激光器|光电|
通信设备|通信设备制造,5G通信|计算机、通信和其他电子设备制造业|
智能终端|电子终端,消费电子|电子信息|
汽车电子||电子信息,汽车零部件|
软件和信息技术服务|软件,软件业,软件产业,软件行业,信息技术服务,信息技术服务业,软件和信息服务业,软件信息服务|软件和信息技术服务业|
信创|信息技术应用创新|软件和信息技术服务|
网络安全|信息安全|软件和信息技术服务|
人工智能|AI,人工智能产业|新一代信息技术|
物联网|物联网产业|新一代信息技术|
云计算|云服务|新一代信息技术|
大数据|大数据产业|新一代信息技术|
算力|算力产业,智能算力|新一代信息技术|
区块链||新一代信息技术|
元宇宙||新一代信息技术|
工业互联网||新一代信息技术|
卫星互联网|卫星通信|新一代信息技术|
平台经济|互联网平台|互联网和相关服务|
电子商务|电商|批发和零售业|
跨境电商|跨境电子商务|电子商务|
直播电商|直播带货|电子商务|
数字贸易||数字经济|
新材料|新材料产业,新型材料|制造业|
先进材料|先进材料产业|新材料|
前沿新材料||新材料|
化工新材料||新材料,化学原料和化学制品制造业|
高分子材料||新材料,橡胶和塑料制品业|
稀土|稀土功能材料,稀土材料|有色金属|
有色金属|有色金属产业,有色|有色金属冶炼和压延加工业|
钢铁|钢铁产业,钢铁工业,冶金|黑色金属冶炼和压延加工业|
不锈钢||钢铁|
建材|建筑材料,新型建材,绿色建材|非金属矿物制品业|
水泥||建材|
玻璃||建材|
陶瓷||非金属矿物制品业|
化工|化学工业,化工产业,化学化工|化学原料和化学制品制造业|
石油化工|石化,石化产业,炼化,炼油化工|石油、煤炭及其他燃料加工业,化学原料和化学制品制造业|
绿色石化|绿色石化产业|石油化工|
精细化工||化工|
氟化工||化工|
煤化工||化工,石油、煤炭及其他燃料加工业|
化纤|化学纤维|化学纤维制造业|
塑料|塑料制品,塑料行业|橡胶和塑料制品业|
橡胶|橡胶制品|橡胶和塑料制品业|
新能源|新能源产业,清洁能源|电力、热力、燃气及水生产和供应业|
光伏|太阳能光伏,光伏产业,太阳能|新能源|
风电|风力发电,风能|新能源|
氢能|氢能源,氢能产业|新能源|
燃料电池|氢燃料电池|氢能|
储能|新型储能,储能产业|新能源|
抽水蓄能||储能|
核电|核能,核电产业|电力、热力生产和供应业|
电力|电力产业,电力工业|电力、热力生产和供应业|
智能电网||电力|
锂电池|锂电,锂离子电池,锂电产业|新能源,电气机械和器材制造业|
动力电池||锂电池|
新能源装备||新能源,装备制造|
煤炭|煤炭产业,煤炭工业|煤炭开采和洗选业|
节能环保|环保产业,绿色环保,环保|生态保护和环境治理业|
环保装备|环保设备|节能环保|
循环经济|再生资源,资源循环利用|废弃资源综合利用业|
装备制造|装备制造业,装备工业|通用设备制造业,专用设备制造业|
高端装备制造|高端装备,高端装备制造业|装备制造|
智能制造|智能制造产业|制造业|
智能装备|智能制造装备,智能装备产业|高端装备制造|
机器人|工业机器人,服务机器人,智能机器人,机器人产业|智能装备|
人形机器人|具身智能|机器人|
工业母机|机床,数控机床|高端装备制造,通用设备制造业|
增材制造|3D打印|智能制造|
泵阀|阀门,泵业,阀门产业,阀门行业,泵阀业|通用设备制造业|
模具|模具产业,模具制造|专用设备制造业|
五金|五金制品,小五金,五金产业|金属制品业|
锁具||五金|
紧固件|标准件|五金|
轴承||通用设备制造业|
电机|电动机|电气机械和器材制造业|
电气|电气产业,电气行业|电气机械和器材制造业|
电工电器|电工电气,电器|电气|
电气机械|电气机械和器材,电气机械产业|电气|
智能电气||电气|
低压电器||电工电器|
输配电设备|输变电设备,输配电|电气|
电线电缆|线缆|电气机械和器材制造业|
仪器仪表|智能仪表|仪器仪表制造业|
船舶|船舶制造,造船,船舶工业|铁路、船舶、航空航天和其他运输设备制造业|
海工装备|海洋工程装备|船舶,高端装备制造|
航空航天|航空,航天,航空航天产业|铁路、船舶、航空航天和其他运输设备制造业|
商业航天||航空航天|
低空经济|低空产业|航空航天|
无人机||低空经济|
轨道交通|轨道交通装备,轨交|铁路、船舶、航空航天和其他运输设备制造业|
农机|农业机械,农机装备|专用设备制造业|
工程机械||专用设备制造业|
医疗器械|医疗装备,医疗设备|专用设备制造业|
汽车制造|汽车产业,汽车工业,汽车行业,整车,整车制造,汽车|汽车制造业|
新能源汽车|新能源车,电动汽车,节能与新能源汽车|汽车制造,新能源|
智能网联汽车|智能汽车|汽车制造|
充电桩|充换电|新能源汽车|
汽车零部件|汽车零配件,汽车部件|汽车制造|
汽摩配|汽配,汽摩配件,汽车摩托车配件,汽摩配产业|汽车零部件|
摩托车||铁路、船舶、航空航天和其他运输设备制造业|
电动车|电动自行车,两轮电动车|铁路、船舶、航空航天和其他运输设备制造业|
轻工|轻工业|制造业|
纺织|纺织产业,纺织行业|纺织业|
印染||纺织|
纺织服装|纺织服装产业|纺织业,纺织服装、服饰业|
服装|服饰,服装服饰,女装,男装,童装|纺织服装、服饰业|
鞋业|制鞋,鞋类,皮鞋,制鞋业|皮革、毛皮、羽毛及其制品和制鞋业|
鞋服|鞋服产业|鞋业,服装|
皮革|皮具,皮革制品|皮革、毛皮、羽毛及其制品和制鞋业|
箱包||皮革|
时尚产业|时尚,时尚行业|轻工|
眼镜|眼镜产业,眼镜行业,眼镜制造|专用设备制造业|
家电|家用电器,家电产业|电气机械和器材制造业|
小家电||家电|
智能家居||家电|
家具|家居,家具产业,家居产业|家具制造业|
卫浴|洁具,厨卫|非金属矿物制品业|
文具|文教用品,制笔|文教、工美、体育和娱乐用品制造业|
玩具||文教、工美、体育和娱乐用品制造业|
体育用品||文教、工美、体育和娱乐用品制造业|
工艺美术|工艺品|文教、工美、体育和娱乐用品制造业|
珠宝|珠宝首饰|文教、工美、体育和娱乐用品制造业|
宠物用品|宠物食品,宠物经济|轻工|
打火机||轻工|
包装|包装印刷|造纸和纸制品业,印刷和记录媒介复制业|
印刷|印刷业|印刷和记录媒介复制业|
造纸|造纸业|造纸和纸制品业|
食品|食品加工,食品饮料,食品工业|食品制造业|
农产品加工||农副食品加工业|
预制菜||食品|
酒业|白酒,酿酒|酒、饮料和精制茶制造业|
茶叶|茶产业,茶业|农业,酒、饮料和精制茶制造业|
生物医药|生物医药产业,医药,医药产业,生物医药与健康|医药制造业|
生物技术|生物产业,生物经济|生物医药|
合成生物|合成生物学,合成生物产业|生物技术|
创新药||生物医药|
中医药|中药,中医药产业|生物医药|
生命健康|大健康,健康产业,生命健康产业|卫生|
康养|康养产业,健康养老|生命健康|
养老|养老服务,养老产业|社会工作|
银发经济|老龄产业|养老|
现代农业|特色农业,高效农业|农业|
种业|现代种业,种子|农业|
畜牧|畜牧养殖|畜牧业|
水产|水产养殖|渔业|
海洋经济|蓝色经济,海洋产业||
海洋渔业||渔业,海洋经济|
文旅|文化旅游,旅游,旅游业,文旅产业,文旅融合|文化、体育和娱乐业|
乡村旅游||文旅|
文化产业|文创,文化创意,文化创意产业|文化、体育和娱乐业|
数字创意||文化产业|
影视|影视产业|广播、电视、电影和录音制作业|
游戏|网络游戏,电竞|数字创意|
体育产业||体育|
会展|会展经济,会展业|商务服务业|
现代物流|物流,物流业,物流产业,智慧物流|交通运输、仓储和邮政业|
冷链物流||现代物流|
快递|快递业|邮政业|
港口航运|港航,航运,港口,港口物流,港口经济|水上运输业|
金融|金融服务,金融产业|金融业|
科技金融||金融|
绿色金融||金融|
普惠金融||金融|
房地产|楼市,房地产市场|房地产业|
建筑|建筑产业,建筑行业,建筑施工|建筑业|
商贸|商贸流通,商业|批发和零售业|
夜经济|夜间经济|商贸|
餐饮|餐饮服务|餐饮业|
科技服务|科技服务业|科学研究和技术服务业|
研发设计||研究和试验发展|
检验检测||专业技术服务业|
人力资源服务||商务服务业|
总部经济||商务服务业|
"""

# ---------------------------------------------------------------- policies
# label | aliases | English note
POLICIES = """
腾笼换鸟|腾笼换鸟政策|Industrial upgrading by moving out low-end capacity to make room for new industries.
一带一路|一带一路倡议,一带一路建设,丝绸之路经济带,21世纪海上丝绸之路,共建一带一路|Belt and Road Initiative.
乡村振兴|乡村振兴战略|Rural revitalisation strategy.
共同富裕|扎实推动共同富裕|Common prosperity goal.
共同富裕示范区|高质量发展建设共同富裕示范区|Zhejiang's designation as demonstration zone for common prosperity (2021).
十四五规划|“十四五”规划,十四五,国民经济和社会发展第十四个五年规划|14th Five-Year Plan (2021-2025).
十五五规划|“十五五”规划,十五五,国民经济和社会发展第十五个五年规划|15th Five-Year Plan (2026-2030).
中国制造2025|中国制造二〇二五|Made in China 2025.
双碳|碳达峰碳中和,碳达峰,碳中和,双碳目标,“双碳”目标|Carbon peaking and carbon neutrality goals.
专精特新|专精特新企业,专精特新中小企业|Specialised, refined, distinctive and innovative SMEs programme.
专精特新小巨人|专精特新“小巨人”,小巨人企业,国家级专精特新小巨人|National little-giant enterprise designation.
制造业单项冠军|单项冠军,单项冠军企业|Manufacturing single-product champion designation.
放管服|放管服改革,简政放权|Streamline administration, delegate power, improve services reform.
最多跑一次|最多跑一次改革,“最多跑一次”改革|Zhejiang's at-most-one-visit administrative reform.
亩均论英雄|亩均论英雄改革,亩均效益评价|Zhejiang's evaluation of enterprises by output per mu of land.
雨露计划||National poverty-alleviation vocational training programme.
西部大开发|西部大开发战略|Western development strategy.
东北振兴|东北全面振兴,振兴东北老工业基地|Revitalisation of the northeast.
中部崛起|中部地区崛起,促进中部地区崛起|Rise of central China.
长三角一体化|长三角一体化发展,长江三角洲区域一体化发展,长三角区域一体化|Yangtze River Delta integration.
粤港澳大湾区建设|粤港澳大湾区|Guangdong-Hong Kong-Macao Greater Bay Area development.
京津冀协同发展||Beijing-Tianjin-Hebei coordinated development.
长江经济带|长江经济带发展|Yangtze River Economic Belt.
黄河流域生态保护和高质量发展|黄河流域高质量发展|Yellow River basin ecological protection and high-quality development.
新型工业化|推进新型工业化|New-type industrialisation.
新型城镇化|新型城镇化战略|New-type urbanisation.
数字中国|数字中国建设|Digital China.
优化营商环境|营商环境优化,营商环境优化提升,营商环境改革,优化营商环境条例|Business environment improvement programmes.
双循环|国内国际双循环,新发展格局|Dual circulation development pattern.
稳增长|稳经济,稳经济一揽子政策|Stabilising growth measures.
新质生产力|发展新质生产力|New quality productive forces.
制造强国|制造强国战略|Manufacturing power strategy.
质量强国|质量强国建设|Quality power strategy.
创新驱动发展战略|创新驱动发展,创新驱动|Innovation-driven development strategy.
科教兴国|科教兴国战略|Rejuvenating the country through science and education.
健康中国|健康中国战略,健康中国行动|Healthy China.
八八战略||Zhejiang's Eight-Eight Strategy (2003).
数字经济一号工程|数字经济“一号工程”,数字经济一号工程升级版|Zhejiang's digital economy No. 1 project.
山海协作|山海协作工程|Zhejiang's coast-mountain cooperation programme.
千万工程|千村示范、万村整治,千村示范万村整治|Zhejiang's thousand-villages demonstration, ten-thousand-villages renovation programme.
凤凰行动|“凤凰行动”计划|Zhejiang's programme for listing and mergers of enterprises.
雄鹰行动||Zhejiang's programme for leading enterprises.
小升规|小升规工作,小微企业升规|Programme lifting small firms above the designated-size threshold.
万亩千亿|万亩千亿新产业平台|Zhejiang's ten-thousand-mu hundred-billion new industry platforms.
415X先进制造业集群|415X产业集群,“415X”先进制造业集群|Zhejiang's 415X advanced manufacturing cluster programme.
浙江制造|品字标,“浙江制造”品牌|Zhejiang Made quality brand.
链长制|产业链链长制|Industrial-chain chief system.
首台套|首台(套),首台套重大技术装备,首台（套）|First-of-its-kind major equipment support policy.
高新技术企业认定|国家高新技术企业,高新技术企业|High and new technology enterprise recognition.
科技型中小企业|科技型中小企业评价|Technology-based SME evaluation.
大众创业万众创新|双创,大众创业、万众创新|Mass entrepreneurship and innovation.
互联网+|互联网+行动,“互联网+”|Internet Plus action plan.
新基建|新型基础设施建设|New infrastructure construction.
东数西算|东数西算工程|Computing resources east-to-west programme.
设备更新和以旧换新|大规模设备更新,以旧换新,两新,设备更新,消费品以旧换新|Large-scale equipment renewal and consumer trade-in programme.
两重|国家重大战略实施和重点领域安全能力建设|Major national strategies and security capacity building in key areas.
减税降费|结构性减税降费|Tax and fee cuts.
专项债|地方政府专项债券,专项债券|Local government special-purpose bonds.
营改增|营业税改征增值税|Replacing business tax with value-added tax.
供给侧结构性改革|供给侧改革|Supply-side structural reform.
国企改革|国有企业改革,国企改革深化提升行动,国企改革三年行动|State-owned enterprise reform.
脱贫攻坚|脱贫攻坚战|Poverty eradication campaign.
精准扶贫||Targeted poverty alleviation.
东西部协作|东西部扶贫协作,东西部协作帮扶|East-west cooperation.
对口支援||Paired assistance.
自由贸易试验区|自贸试验区,自贸区,自由贸易区|Pilot free trade zones.
海南自由贸易港|海南自贸港,自由贸易港|Hainan free trade port.
碳排放权交易|碳交易,碳市场,碳排放交易|Emissions trading.
"""


def iri(kind, label):
    return "<%s%s/%s>" % (ID, kind, urllib.parse.quote(label, safe="", encoding="utf-8")
                          if any(c in label for c in " /?#[]@!$&'()*+,;=%<>\"{}|\\^`") else label)


def lit(s):
    return '"%s"@zh' % s.replace("\\", "\\\\").replace('"', '\\"')


class Concepts:
    def __init__(self, kind):
        self.kind = kind
        self.items = {}   # label -> dict
        self.owner = {}   # surface form -> label
        self.errors = []

    def add(self, label, aliases=(), broader=(), notation=(), generic=False, note=None):
        if label in self.items:
            self.errors.append("duplicate concept " + label)
            return
        self.items[label] = {"alt": [], "broader": list(broader), "notation": list(notation),
                             "generic": generic, "note": note}
        self.claim(label, label, strict=True)
        for a in aliases:
            self.alias(label, a, strict=True)

    def claim(self, label, form, strict):
        prev = self.owner.get(form)
        if prev is not None and prev != label:
            if strict:
                self.errors.append("surface form %s of %s already belongs to %s" % (form, label, prev))
            return False
        self.owner[form] = label
        return True

    def alias(self, label, form, strict):
        if form == label or form in self.items[label]["alt"]:
            return
        if self.claim(label, form, strict):
            self.items[label]["alt"].append(form)

    def check(self):
        for label, c in self.items.items():
            for b in c["broader"]:
                if b not in self.items:
                    self.errors.append("broader %s of %s is no concept" % (b, label))
        return self.errors


def industries():
    cs = Concepts("industry")
    # GB/T layer first (a section and its only division share one concept when their names agree).
    for letter, name, divisions in GBT:
        notations = [letter] + ["%s%s" % (letter, code) for code, dname in divisions if dname == name]
        cs.add(name, GBT_ALIASES.get(name, []), (), notations, name in GENERIC_GBT)
        for code, dname in divisions:
            if dname != name:
                cs.add(dname, GBT_ALIASES.get(dname, []), [name], ["%s%s" % (letter, code)])
    rich = []
    for line in RICH.strip().splitlines():
        parts = line.split("|")
        if len(parts) != 4:
            raise SystemExit("industry line needs 4 fields: " + line)
        label, aliases, broader, flag = parts
        split = lambda s: [x for x in s.split(",") if x]
        cs.add(label, split(aliases), split(broader), (), flag == "G")
        rich.append(label)
    # Automatic forms, weaker than any written one.
    for label in rich:
        if not label.endswith(("业", "经济")):
            for suffix in ("产业", "行业"):
                cs.alias(label, label + suffix, strict=False)
    return cs


def policies():
    cs = Concepts("policy")
    for line in POLICIES.strip().splitlines():
        label, aliases, note = line.split("|")
        cs.add(label, [x for x in aliases.split(",") if x], note=note)
    return cs


HEADER = """@prefix oj:      <https://w3id.org/oujiang/ontology#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix dcat:    <http://www.w3.org/ns/dcat#> .
"""


def write(cs, path, cls, graph, title, description, source):
    scheme = "<%sscheme/%s>" % (ID, cs.kind)
    out = ["# GENERATED by scripts/build-concepts.py: edit the lists there, then rerun.", HEADER,
           "<https://w3id.org/oujiang/graph/%s> a dcat:Dataset ;" % graph,
           '    dcterms:title "%s"@en ;' % title,
           '    dcterms:description "%s"@en ;' % description,
           "    dcterms:source %s ;" % source,
           '    dcterms:license <https://creativecommons.org/publicdomain/zero/1.0/> .', ""]
    for label in sorted(cs.items):
        c = cs.items[label]
        props = ["%s a oj:%s , skos:Concept" % (iri(cs.kind, label), cls),
                 "skos:inScheme %s" % scheme,
                 "rdfs:label %s" % lit(label),
                 "skos:prefLabel %s" % lit(label)]
        if c["alt"]:
            props.append("skos:altLabel " + " , ".join(lit(a) for a in sorted(c["alt"])))
        if c["broader"]:
            props.append("skos:broader " + " , ".join(iri(cs.kind, b) for b in sorted(c["broader"])))
        if not c["broader"]:
            props.append("skos:topConceptOf %s" % scheme)
        for n in c["notation"]:
            props.append('skos:notation "%s"' % n)
        if c["generic"]:
            props.append("oj:generic true")
        if c["note"]:
            props.append('skos:scopeNote "%s"@en' % c["note"].replace('"', '\\"'))
        out.append(" ;\n    ".join(props) + " .")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def main(argv):
    outdir = argv[1] if len(argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "ontology", "gazetteer")
    ind, pol = industries(), policies()
    errors = ind.check() + pol.check()
    if errors:
        sys.stderr.write("\n".join(errors) + "\n")
        return 1
    write(ind, os.path.join(outdir, "industries.ttl"), "Industry", "industries",
          "Industries: GB/T 4754-2017 sections and divisions and the industry names of regional-economy reporting",
          "Sections (notation A-T) and divisions (notation letter + two digits) of GB/T 4754-2017, written from the "
          "public standard, plus industry and cluster names with aliases and skos:broader links into them. "
          "oj:generic true marks broad words that name no particular cluster.",
          "<https://www.stats.gov.cn/sj/tjbz/gmjjhyfl/>")
    write(pol, os.path.join(outdir, "policies.ttl"), "Policy", "policies",
          "Named Chinese national and provincial economic policies, programmes and designations",
          "Well-known policies, plans, programmes, mechanisms and designations, written for Oujiang from general knowledge.",
          "<https://w3id.org/oujiang/ontology>")
    gbt = sum(1 for c in ind.items.values() if c["notation"])
    sys.stderr.write("industries: %d concepts (%d GB/T, %d generic, %d surface forms); policies: %d concepts (%d surface forms)\n" % (
        len(ind.items), gbt, sum(1 for c in ind.items.values() if c["generic"]), len(ind.owner),
        len(pol.items), len(pol.owner)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
