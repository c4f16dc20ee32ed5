==== cmd
# the canonical names the issue and the sample corpus use are skills of the
# built-in taxonomy, spelled exactly so
jd-skills --list | awk -F, 'NR > 1 { print $1 }' | sort -u > "${TMPDIR:-/tmp}/jdsk-names.$$"
for s in Python R SQL Java JavaScript TypeScript C C++ C# Go Rust Scala Kotlin Excel Spark \
	Hadoop Hive HBase Kafka AWS Azure GCP Docker Kubernetes TensorFlow PyTorch Keras \
	scikit-learn pandas NumPy Git Linux Tableau "Power BI" PostgreSQL MySQL MongoDB Node.js \
	.NET React Angular HTML CSS "Machine Learning" "Deep Learning" NLP "Computer Vision" LLM \
	MLOps Statistics Mathematics "Data Visualization" ETL CI/CD Agile Scrum Communication \
	Teamwork "Problem Solving" SAS Swift Airflow dbt Snowflake Terraform SAP "Microsoft Office" Jira; do
	grep -qxF -- "$s" "${TMPDIR:-/tmp}/jdsk-names.$$" || echo "missing: $s"
done
rm -f "${TMPDIR:-/tmp}/jdsk-names.$$"
echo done
==== stdout
done
