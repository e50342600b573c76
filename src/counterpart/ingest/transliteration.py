"""The characters Uyghur, Kazakh and Mongolian names are written with in Chinese.

One table for the readers that need it: the name recognisers, and the reading step that mends a
name's lost middle dot ("艾力?沙塔尔")."""

# characters Uyghur, Kazakh and Mongolian names are transliterated with: where a dotted name's
# parts end ("古丽米热·阿布都展示着": 展 is no such character, so the name is 古丽米热·阿布都)
TRANSLITERATION = (
    "阿艾爱安昂奥巴拔白拜班邦包保贝本比毕别宾波伯博布卜才采查察昌超车成赤楚川达大代丹旦道德迪"
    "蒂丁东都杜敦多朵额厄恩尔法凡方菲斐费夫弗福甫尕嘎噶该盖甘干刚戈格根更贡古瓜关圭哈海罕汗合"
    "何赫黑亨洪胡华怀吉加佳贾江杰金京久居喀卡开凯坎康考柯科克肯孔库夸奎昆拉腊来莱赖兰朗勒雷蕾"
    "里力立丽利连廉林琳玲伦罗洛麦买迈曼满芒毛梅美门蒙孟米密敏明莫墨默木穆姆娜纳乃奈南尼泥努诺"
    "欧帕派潘庞佩皮普齐奇恰乔钦琴清丘曲确热仁日茹如若萨塞赛桑色森沙莎山尚舍申什士斯松苏素索塔"
    "台太泰坦唐陶特提帖铁廷通图土吐托瓦娃万旺威维文温沃乌吾武西希锡夏先贤肖谢辛欣新休许雪亚雅"
    "娅耶叶伊衣依义易音英尤由优于玉育再扎札哲珍孜兹宗祖左卓泽则送楞散不司"
    "迅马肉牙赞妮"  # 努尔别克·图尔迅别克, 沙拉依丁·依斯马依, 肉孜, 毛尼牙孜, 热马赞, 阿瓦妮萨罕
    "地乎宛"  # 麦提赛地, 买地娜木, 买托乎提, 热孜宛古丽
    "逊列"  # 吐尔逊, 铁列瓦尔地
)
